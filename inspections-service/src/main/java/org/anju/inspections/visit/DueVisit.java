package org.anju.inspections.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.anju.inspections.permit.PermitVisitsDue;

/**
 * A mandatory visit a permit needs now, as permits-service derives it from the permit's stage, with what inspections
 * knows about it: the visit already scheduled for it and the last attempt that did not count.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InspectionDueVisit", requiredProperties = { "permitId", "township", "visitType", "dueOn", "overdue",
        "workingDaysOverdue" })
public record DueVisit(UUID permitId, UUID householdId, @Schema(examples = "王建国") String applicantName,
        @Schema(examples = "369901100000") String township, @Schema(examples = "369901100201") String village,
        @Schema(description = "The permit's state in permits-service", examples = "UNDER_CONSTRUCTION") String state,
        @Schema(enumeration = { "SITE_SURVEY", "SETTING_OUT", "FOUNDATION_TRENCH", "KEY_MILESTONE", "MAIN_STRUCTURE",
                "COMPLETION_ACCEPTANCE" }) String visitType,
        @Schema(examples = "2026-11-28") LocalDate dueOn,
        @Schema(description = "Past its due date by permits' working-day count") boolean overdue,
        @Schema(description = "Working days past the due date (county holiday calendar)", examples = "2") int workingDaysOverdue,
        Site site,
        @Schema(description = "A visit of this type already scheduled for the permit (the earliest)") UUID scheduledVisitId,
        @Schema(examples = "2026-11-29") LocalDate scheduledFor,
        @Schema(description = "Inspector of the scheduled visit", examples = "inspector.chengguan") String inspector,
        @Schema(description = "The last recorded visit of this type; it did not count (failed, or off site)") UUID attemptVisitId,
        VisitOutcome attemptOutcome, OffsetDateTime attemptAt,
        @Schema(description = "The build's application number, as permits-service gives it",
                examples = "A369901-2026-000123") String applicationNumber,
        @Schema(description = "Site address as applied for", examples = "示范县城关镇东门村 3 组 18 号") String address) {

    /** Where the build stands (WGS-84). */
    @Schema(name = "InspectionDueVisitSite")
    public record Site(@Schema(examples = "28.452") Double lat, @Schema(examples = "117.963") Double lng) {
    }

    /** What inspections knows about one due visit; null parts when it knows nothing. */
    record Known(UUID scheduledVisitId, LocalDate scheduledFor, String inspector, UUID attemptVisitId,
            VisitOutcome attemptOutcome, OffsetDateTime attemptAt) {

        static final Known NOTHING = new Known(null, null, null, null, null, null);
    }

    static DueVisit of(PermitVisitsDue.Item i, Known k) {
        Site site = i.site() == null ? null : new Site(i.site().lat(), i.site().lng());
        return new DueVisit(i.permitId(), i.householdId(), i.applicantName(), i.township(), i.village(), i.state(),
                i.visitType(), i.dueOn(), i.overdue(), i.workingDaysOverdue(), site, k.scheduledVisitId(),
                k.scheduledFor(), k.inspector(), k.attemptVisitId(), k.attemptOutcome(), k.attemptAt(),
                i.applicationNumber(), i.address());
    }

    // The names GET /visits?view=DUE_TODAY|OVERDUE answered with when its items were scheduled visits; the gateway's
    // worklists still read them.

    @JsonProperty("id")
    @Schema(deprecated = true, description = "Same as scheduledVisitId (for clients of GET /visits?view=DUE_TODAY)")
    public UUID id() {
        return scheduledVisitId;
    }

    @JsonProperty("type")
    @Schema(deprecated = true, description = "Same as visitType")
    public String type() {
        return visitType;
    }

    @JsonProperty("scheduledDate")
    @Schema(deprecated = true, description = "Same as dueOn")
    public LocalDate scheduledDate() {
        return dueOn;
    }

    @JsonProperty("townshipCode")
    @Schema(deprecated = true, description = "Same as township")
    public String townshipCode() {
        return township;
    }

    @JsonProperty("villageCode")
    @Schema(deprecated = true, description = "Same as village")
    public String villageCode() {
        return village;
    }
}
