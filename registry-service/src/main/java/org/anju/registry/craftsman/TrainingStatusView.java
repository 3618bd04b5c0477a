package org.anju.registry.craftsman;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a craftsman's training hours are current on a day. 培训学时是否达标。 */
@Schema(name = "TrainingStatus", requiredProperties = { "on", "windowStart", "hours", "offlineHours", "requiredHours",
        "requiredOfflineHours", "current" })
public record TrainingStatusView(
        @Schema(examples = "2026-12-01") LocalDate on,
        @Schema(examples = "2025-12-02") LocalDate windowStart,
        @Schema(examples = "42.0") BigDecimal hours,
        @Schema(examples = "26.0") BigDecimal offlineHours,
        @Schema(examples = "40") int requiredHours,
        @Schema(examples = "24") int requiredOfflineHours,
        @Schema(examples = "true") boolean current) {

    static TrainingStatusView of(TrainingCurrency.Status s) {
        return new TrainingStatusView(s.on(), s.windowStart(), s.hours(), s.offlineHours(), s.requiredHours(),
                s.requiredOfflineHours(), s.current());
    }
}
