package org.anju.permits.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.common.identity.ResidentId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household as registered: head of household, resident ID, household register number, village. */
@Schema(name = "HouseholdForm", requiredProperties = { "headName", "headResidentId", "registerNumber", "villageCode" })
public record HouseholdForm(
        @NotBlank @Size(max = 50) @Schema(description = "户主姓名 Head of household", examples = "王建国") String headName,
        @NotNull @ResidentId @Schema(description = "户主公民身份号码 (GB 11643)", examples = "36990119700101001X") String headResidentId,
        @NotBlank @Size(max = 32) @Schema(description = "户口簿编号 Household register number", examples = "HK369901-000188") String registerNumber,
        @NotNull @Pattern(regexp = "[0-9]{12}", message = "must be 12 digits") @Schema(description = "Village code", examples = "369901100201") String villageCode) {
}
