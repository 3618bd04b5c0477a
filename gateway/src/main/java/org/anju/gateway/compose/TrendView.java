package org.anju.gateway.compose;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the county trend: rates per month and township. */
@Schema(name = "CountyTrend", requiredProperties = { "from", "to", "partial", "unavailable", "months" })
public record TrendView(@Schema(examples = "2026-06") String from, @Schema(examples = "2026-11") String to,
        boolean partial, List<String> unavailable, List<Month> months) {

    /** One month. */
    @Schema(name = "CountyTrendMonth", requiredProperties = { "month", "townships" })
    public record Month(@Schema(examples = "2026-06") String month, List<Township> townships) {
    }

    /** One township in one month; null where the owning service did not answer or nothing was due. */
    @Schema(name = "CountyTrendTownship", requiredProperties = { "township", "name" })
    public record Township(@Schema(examples = "369901100000") String township, @Schema(examples = "城关镇") String name,
            Long submitted, Long decided, Long mandatoryVisitsDue, Long mandatoryVisitsPassed,
            @Schema(description = "0..1") Double mandatoryVisitCompletionRate, Long visitsOnSite,
            Long visitsOffSite, Long noticesDue, Long noticesClosedOut,
            @Schema(description = "0..1") Double closeOutRate) {
    }
}
