package org.anju.registry.qualification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county admin's decision on a crew's qualification. 资质审查决定。 */
@Schema(name = "DecideQualification")
public record DecideQualification(
        @NotNull @Schema(required = true, examples = "QUALIFY") QualificationAction action,
        @NotBlank @Size(max = 500) @Schema(required = true, description = "Why; kept in the history", examples = "材料齐全，现场核查合格") String reason,
        @Size(max = 500) @Schema(description = "QUALIFY and RENEW need the crew leader's training to be current on the "
                + "day of the decision; to decide all the same, say here why the rule is waived (kept and shown in the "
                + "history). 队长培训学时未达标时须说明豁免理由", examples = "队长已报名本月线下培训，先予资质，下次复核") String trainingWaiverReason) {

    /** The waiver, trimmed; null when none was given. */
    public String waiver() {
        return trainingWaiverReason == null || trainingWaiverReason.isBlank() ? null : trainingWaiverReason.trim();
    }
}
