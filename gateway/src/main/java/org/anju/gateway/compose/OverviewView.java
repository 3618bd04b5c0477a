package org.anju.gateway.compose;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the county overview. */
@Schema(name = "CountyOverview", requiredProperties = { "from", "to", "partial", "unavailable", "townships" })
public record OverviewView(@Schema(examples = "2026-01-01") String from, @Schema(examples = "2026-11-28") String to,
        boolean partial, @Schema(examples = "[\"inspections\"]") List<String> unavailable,
        @Schema(description = "Township code -> its figures") Map<String, Township> townships) {

    /** Figures of one township for the period; null when the owning service did not answer. */
    @Schema(name = "CountyOverviewTownship")
    public record Township(@Schema(examples = "城关镇") String name,
            @Schema(description = "State -> count", examples = "{\"SUBMITTED\": 4}") Map<String, Long> applicationsByState,
            @Schema(description = "Applications taken in during the period") Long submitted,
            @Schema(description = "Applications decided during the period") Long decided,
            @Schema(description = "Mean calendar days from intake to decision") Double averageDaysToDecision,
            @Schema(description = "Applications past a time limit now") Long overdueApplications,
            Long mandatoryVisitsDue, Long mandatoryVisitsPassed,
            @Schema(description = "Passed / due, 0..1") Double mandatoryVisitCompletionRate,
            Long visitsRecorded, Long visitsOnSite, Long visitsOffSite,
            @Schema(description = "Grade -> count") Map<String, Long> hazardsFound,
            Long noticesIssued, Long noticesClosedOut,
            @Schema(description = "Notices closed out / notices whose deadline fell in the period, 0..1") Double rectificationCloseOutRate,
            Long noticesOverdue, Long stopWorksIssued, Long stopWorksInForce, Long casesOpened) {
    }
}
