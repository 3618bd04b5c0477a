package org.anju.registry.craftsman;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completed course as recorded. */
@Schema(name = "TrainingRecord", requiredProperties = { "id", "craftsmanId", "course", "hours", "mode", "completedOn",
        "provider" })
public record TrainingRecordView(UUID id, UUID craftsmanId, @Schema(examples = "农房建设质量安全培训") String course,
        @Schema(examples = "16") BigDecimal hours, TrainingMode mode, @Schema(examples = "2026-10-15") LocalDate completedOn,
        @Schema(examples = "示范县住房和城乡建设局") String provider) {

    static TrainingRecordView of(TrainingRecord r) {
        return new TrainingRecordView(r.id, r.craftsmanId, r.course, r.hours, r.mode, r.completedOn, r.provider);
    }
}
