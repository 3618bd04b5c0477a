package org.anju.permits.query;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Applications and mandatory visits per month and township (the overview's trend). */
@Schema(name = "PermitMonthlyStatistics", requiredProperties = { "from", "to", "months" })
public record MonthlyStatisticsView(@Schema(examples = "2026-06") String from, @Schema(examples = "2026-11") String to,
        List<Month> months) {

    /** One month, every township in scope. */
    @Schema(name = "PermitStatisticsMonth", requiredProperties = { "month", "townships" })
    public record Month(@Schema(examples = "2026-06") String month, List<Township> townships) {
    }

    /** One township in one month. */
    @Schema(name = "PermitMonthTownship", requiredProperties = { "township", "name", "submitted", "decided",
            "mandatoryVisitsDue", "mandatoryVisitsPassed", "mandatoryVisitCompletionRate" })
    public record Township(@Schema(examples = "369901100000") String township, @Schema(examples = "城关镇") String name,
            @Schema(description = "Intakes in the month") long submitted,
            @Schema(description = "Books issued and refusals in the month") long decided,
            @Schema(description = "Mandatory visits whose deadline fell in the month") long mandatoryVisitsDue,
            @Schema(description = "Of those, passed (on any day)") long mandatoryVisitsPassed,
            @Schema(description = "Passed / due, 4 decimals; null when none was due", nullable = true)
            Double mandatoryVisitCompletionRate) {
    }
}
