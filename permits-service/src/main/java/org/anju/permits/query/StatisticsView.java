package org.anju.permits.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Applications and mandatory visits per township for a period (county overview). */
@Schema(name = "PermitStatistics", requiredProperties = { "from", "to", "townships" })
public record StatisticsView(@Schema(examples = "2026-06-01") LocalDate from,
        @Schema(examples = "2026-11-30") LocalDate to, List<Township> townships) {

    /** One township's figures. */
    @Schema(name = "PermitTownshipStatistics", requiredProperties = { "township", "name", "applicationsByState",
            "submitted", "decided", "averageDaysToDecision", "overdue", "mandatoryVisitsDue", "mandatoryVisitsPassed",
            "mandatoryVisitCompletionRate" })
    public record Township(@Schema(examples = "369901100000") String township, @Schema(examples = "城关镇") String name,
            @Schema(description = "Builds in each state now (every state, 0 when none)") Map<String, Long> applicationsByState,
            @Schema(description = "Intakes in the period", examples = "12") long submitted,
            @Schema(description = "Books issued and refusals in the period", examples = "9") long decided,
            @Schema(description = "Mean calendar days from intake to book or refusal, of those decided in the period; "
                    + "null when none", nullable = true, examples = "6.4") Double averageDaysToDecision,
            @Schema(description = "Builds past the survey or decision time limit now", examples = "2") long overdue,
            @Schema(description = "Mandatory visits whose deadline fell in the period", examples = "20") long mandatoryVisitsDue,
            @Schema(description = "Of those, passed (on any day)", examples = "17") long mandatoryVisitsPassed,
            @Schema(description = "mandatoryVisitsPassed / mandatoryVisitsDue, 4 decimals; null when none was due",
                    nullable = true, examples = "0.85") Double mandatoryVisitCompletionRate) {
    }
}
