package org.anju.registry.qualification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county admin's decision on a crew's qualification. 资质审查决定。 */
@Schema(name = "DecideQualification")
public record DecideQualification(
        @NotNull @Schema(required = true, examples = "QUALIFY") QualificationAction action,
        @NotBlank @Size(max = 500) @Schema(required = true, description = "Why; kept in the history", examples = "材料齐全，现场核查合格") String reason) {
}
