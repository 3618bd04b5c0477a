package org.anju.permits.query;

import java.time.LocalDate;
import java.util.UUID;

import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.visit.VisitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A build whose next mandatory visit is due on or before the day asked for. */
@Schema(name = "PermitVisitDue", requiredProperties = { "permitId", "householdId", "applicantName", "township",
        "village", "state", "visitType", "dueOn", "overdue", "workingDaysOverdue", "site" })
public record VisitDueView(UUID permitId, UUID householdId,
        @Schema(description = "Head of the household (户主)", examples = "王建国") String applicantName,
        @Schema(examples = "369901100000") String township, @Schema(examples = "369901100201") String village,
        PermitState state, VisitType visitType,
        @Schema(description = "Deadline of the visit", examples = "2026-11-27") LocalDate dueOn,
        @Schema(description = "dueOn is before the day asked for") boolean overdue,
        @Schema(description = "Working days after dueOn up to and including the day asked for (0 when not overdue)",
                examples = "2") int workingDaysOverdue,
        Site site,
        @Schema(examples = "A369901-2026-000123") String applicationNumber,
        @Schema(description = "Site address as applied for", examples = "示范县城关镇东门村 3 组 18 号") String address) {

    /** The site position (WGS-84). */
    @Schema(name = "PermitVisitDueSite", requiredProperties = { "lat", "lng" })
    public record Site(@Schema(examples = "28.452") double lat, @Schema(examples = "117.963") double lng) {
    }
}
