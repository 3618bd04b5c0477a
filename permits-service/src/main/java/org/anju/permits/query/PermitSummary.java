package org.anju.permits.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.Track;
import org.anju.permits.visit.VisitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One build in a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PermitSummary", requiredProperties = { "id", "applicationNumber", "townshipCode", "villageCode", "state",
        "kind", "storeys", "createdAt", "householdId", "headName" })
public record PermitSummary(UUID id, @Schema(examples = "A369901-2026-000123") String applicationNumber,
        String townshipCode, String villageCode, PermitState state, Track track, BuildKind kind, int storeys,
        OffsetDateTime submittedAt, LocalDate surveyDueOn, LocalDate decisionDueOn, OffsetDateTime createdAt,
        UUID householdId, @Schema(description = "Head of the household (户主)", examples = "王建国") String headName,
        @Schema(description = "The mandatory visit due now, if any") VisitType dueVisit,
        @Schema(description = "Its deadline", examples = "2026-12-03") LocalDate visitDueOn) {
}
