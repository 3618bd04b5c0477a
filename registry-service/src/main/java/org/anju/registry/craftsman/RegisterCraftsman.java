package org.anju.registry.craftsman;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.common.identity.ResidentId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a craftsman. 登记乡村建设工匠。 */
@Schema(name = "RegisterCraftsman")
public record RegisterCraftsman(
        @NotBlank @Size(max = 50) @Schema(required = true, examples = "张建国") String name,
        @NotBlank @ResidentId @Schema(required = true, description = "GB 11643 resident ID number (a lower-case x is accepted)", examples = "36990119800101001X") String residentId,
        @NotBlank @Pattern(regexp = "^1[3-9][0-9]{9}$", message = "must be an 11-digit mobile number") @Schema(required = true, examples = "13812345678") String phone,
        @NotBlank @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") @Schema(required = true, examples = "369901100000") String homeTownshipCode,
        @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") @Schema(examples = "369901100201") String homeVillageCode,
        @NotEmpty @Schema(required = true, examples = "[\"MASON\"]") Set<@NotNull Trade> trades,
        @Min(3) @Max(5) @Schema(description = "Skill level 5 junior (初级), 4 intermediate (中级), 3 senior (高级)", examples = "4") Integer skillLevel,
        @Size(max = 100) @Schema(description = "Body that certified the skill level; required with skillLevel", examples = "示范县人力资源和社会保障局") String certifyingBody,
        @Size(max = 50) @Schema(description = "Certificate number; required with skillLevel", examples = "S000036990100001") String certificateNumber) {
}
