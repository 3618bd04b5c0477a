package org.anju.permits.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.permits.document.DocumentView;
import org.anju.permits.lifecycle.Action;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.visit.VisitView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A build as the API shows it: the application, its state and track, documents, visits and allowed next steps. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Permit", requiredProperties = { "id", "applicationNumber", "householdId", "townshipCode", "villageCode",
        "state", "lat", "lng", "kind", "storeys", "version", "allowedActions" })
public record PermitView(
        UUID id,
        @Schema(examples = "A369901-2026-000123") String applicationNumber,
        UUID householdId,
        @Schema(examples = "369901100000") String townshipCode,
        @Schema(examples = "369901100201") String villageCode,
        PermitState state,
        @Schema(description = "BELOW_LIMIT: the township supervises; ABOVE_LIMIT (限额以上): the county does, with a "
                + "qualified design firm and construction company. Above the limit when any county threshold is reached "
                + "(defaults: 3 storeys, 300 m² floor area, ¥300,000 investment; GET /api/v1/county-rules)") Track track,
        @Schema(description = "The thresholds that put the build above the limit at submission; absent below it")
        List<AboveLimitBecause> aboveLimitBecause,
        @Schema(description = "State to return to when a suspension is lifted") PermitState suspendedFrom,
        @Schema(description = "When the build was suspended") OffsetDateTime suspendedAt,
        @Schema(description = "The stop-work notice (inspections-service) in force on the build: until it is lifted "
                + "after a passed on-site re-check, only suspend, assign-crew, reject, withdraw and revoke are allowed") String stopWorkNoticeId,
        @Schema(description = "When that stop-work notice was issued") OffsetDateTime stopWorkSince,
        String homesteadApprovalRef, String plotId, BigDecimal plotArea,
        double lat, double lng, String address,
        BuildKind kind, int storeys, BigDecimal heightM, BigDecimal floorArea, BigDecimal investment,
        Structure structure, String standardDrawingSetId, String designerName, String designerQualificationNo,
        String designFirmName, String designFirmCreditCode, String contractorName, String contractorCreditCode,
        UUID crewId, LocalDate plannedStartOn, SafetyGrade existingGrade,
        LocalDate noticeStartedOn, OffsetDateTime submittedAt, LocalDate surveyDueOn, LocalDate decisionDueOn,
        OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(description = "Optimistic version, also sent as ETag") long version,
        @Schema(description = "Actions the state machine allows from the current state (while a stop-work notice is in "
                + "force, only those it allows)") List<Action> allowedActions,
        List<DocumentView> documents,
        List<VisitView> visits,
        @Schema(description = "Only in the answer to a step: what is still missing for the next steps (e.g. submit "
                + "without a crew)") List<Warning> warnings) {

    /** The same view with these warnings (none: unchanged). */
    public PermitView withWarnings(List<Warning> list) {
        if (list == null || list.isEmpty()) {
            return this;
        }
        return new PermitView(id, applicationNumber, householdId, townshipCode, villageCode, state, track,
                aboveLimitBecause, suspendedFrom, suspendedAt, stopWorkNoticeId, stopWorkSince, homesteadApprovalRef,
                plotId, plotArea, lat, lng, address, kind, storeys, heightM, floorArea, investment, structure,
                standardDrawingSetId, designerName, designerQualificationNo, designFirmName, designFirmCreditCode,
                contractorName, contractorCreditCode, crewId, plannedStartOn, existingGrade, noticeStartedOn,
                submittedAt, surveyDueOn, decisionDueOn, createdAt, updatedAt, version, allowedActions, documents,
                visits, List.copyOf(list));
    }

    /** One county threshold the build reached. */
    @Schema(name = "AboveLimitBecause", requiredProperties = { "threshold", "value", "limit", "messageZh", "message" })
    public record AboveLimitBecause(@Schema(description = "storeys, floorArea or investment", examples = "storeys") String threshold,
            @Schema(examples = "3") BigDecimal value, @Schema(examples = "3") BigDecimal limit,
            @Schema(examples = "层数 3 层，达到限额 3 层") String messageZh,
            @Schema(examples = "storeys 3 reaches the limit 3") String message) {
    }
}
