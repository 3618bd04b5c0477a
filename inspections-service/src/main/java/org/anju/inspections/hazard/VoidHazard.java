package org.anju.inspections.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The county admin's voiding of a confirmed hazard (撤销隐患), with the reason kept on the hazard. */
@Schema(name = "VoidHazard", requiredProperties = "reason")
public record VoidHazard(
        @NotBlank @Size(max = 500) @Schema(description = "Why the hazard is voided; kept on the hazard and in the "
                + "crew's credit history", examples = "复核认定为误报：临边防护栏杆已按规范设置") String reason) {
}
