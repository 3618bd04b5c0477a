package org.anju.inspections.statistics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inspections' figures per month and township: visits on and off site, notices due and closed out. */
@Schema(name = "InspectionMonthlyStatistics", requiredProperties = { "from", "to", "months" })
public record MonthlyView(@Schema(examples = "2026-06") String from, @Schema(examples = "2026-11") String to,
        List<Month> months) {

    /** One month, every township the caller sees. */
    @Schema(name = "InspectionStatisticsMonth", requiredProperties = { "month", "townships" })
    public record Month(@Schema(examples = "2026-11") String month, List<Township> townships) {
    }

    /** One township in one month. */
    @Schema(name = "InspectionStatisticsMonthTownship", requiredProperties = { "township", "name", "visitsOnSite",
            "visitsOffSite", "noticesDue", "noticesClosedOut" })
    public record Township(String township, String name, long visitsOnSite, long visitsOffSite,
            @Schema(description = "Notices whose deadline fell in the month") long noticesDue,
            @Schema(description = "Of those, closed out by now") long noticesClosedOut,
            @Schema(description = "noticesClosedOut / noticesDue; null in a month with no deadline", examples = "0.75") Double closeOutRate) {
    }
}
