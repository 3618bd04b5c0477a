package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.common.identity.CreditCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Files a crew (登记备案), or replaces its details on update. */
@Schema(name = "CrewDetails")
public record CrewDetails(
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "青石镇张建国施工队") String name,
        @NotNull @Schema(required = true, examples = "INDIVIDUAL_CREW") CrewKind kind,
        @CreditCode @Schema(description = "GB 32100 unified social credit code; required for a COMPANY", examples = "91369901MA35XXXX0X") String creditCode,
        @NotNull @Schema(required = true, description = "A craftsman who is also in memberIds") UUID leaderId,
        @NotEmpty @Size(max = 100) @Schema(required = true, description = "Craftsmen of the crew, leader included; none may be in another active crew") List<@NotNull UUID> memberIds,
        @NotBlank @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") @Schema(required = true, examples = "369901101000") String townshipCode,
        @NotBlank @Size(max = 50) @Schema(required = true, examples = "张建国") String contactName,
        @NotBlank @Pattern(regexp = "^1[3-9][0-9]{9}$", message = "must be an 11-digit mobile number") @Schema(required = true, examples = "13812345678") String contactPhone,
        @NotBlank @Size(max = 50) @Schema(required = true, description = "Accident-insurance policy number", examples = "PICC-2026-000123") String insurancePolicyNumber,
        @NotNull @Schema(required = true, description = "Expiry of the accident insurance; not in the past", examples = "2027-06-30") LocalDate insuranceExpiresOn,
        @Min(1) @Max(50) @Schema(description = "Maximum concurrent jobs; default 3", examples = "3") Integer maxConcurrentJobs) {
}
