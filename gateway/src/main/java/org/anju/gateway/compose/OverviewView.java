package org.anju.gateway.compose;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the county overview. */
@Schema(name = "CountyOverview", requiredProperties = { "partial", "unavailable", "townships", "notAvailable" })
public record OverviewView(String from, String to, boolean partial, List<String> unavailable,
        @Schema(description = "Measure -> why no service can count it yet") Map<String, String> notAvailable,
        @Schema(description = "Township code -> its figures") Map<String, Township> townships) {

    /** Figures of one township. */
    @Schema(name = "CountyOverviewTownship")
    public record Township(@Schema(examples = "城关镇") String name,
            @Schema(description = "State -> count", examples = "{\"SUBMITTED\": 4}") Map<String, Long> applicationsByState,
            Double mandatoryVisitCompletionRate, Double rectificationCloseOutRate, Double averageDaysToDecision,
            Long overdueCounts) {
    }
}
