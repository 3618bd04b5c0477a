package org.anju.registry.craftsman;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records a completed course. 登记培训记录。 */
@Schema(name = "AddTrainingRecord")
public record AddTrainingRecord(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "农房建设质量安全培训") String course,
        @NotNull @DecimalMin("0.5") @DecimalMax("200") @Schema(required = true, examples = "16") BigDecimal hours,
        @NotNull @Schema(required = true, examples = "OFFLINE") TrainingMode mode,
        @NotNull @Schema(required = true, description = "Not in the future", examples = "2026-10-15") LocalDate completedOn,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "示范县住房和城乡建设局") String provider) {
}
