package org.anju.gateway.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payload of a {@code personal-record.read} event: a service tells the gateway that a caller read a personal
 * record, so the county admin finds every such read in one audit log.
 */
@Schema(name = "PersonalRead", requiredProperties = { "actor", "actorRole", "county", "service", "recordType",
        "recordId" })
public record PersonalRead(
        @NotBlank @Size(max = 64) @Schema(description = "upn of the token", examples = "reader.bureau") String actor,
        @NotBlank @Pattern(regexp = "^(inspector|township_officer|village_reviewer|county_clerk|county_admin|"
                + "bureau_reader)$") @Schema(examples = "bureau_reader") String actorRole,
        @NotBlank @Pattern(regexp = "^[0-9]{6}$") @Schema(examples = "369901") String county,
        @NotBlank @Size(max = 32) @Schema(examples = "permits") String service,
        @NotBlank @Size(max = 40) @Schema(examples = "household") String recordType,
        @NotBlank @Size(max = 64) @Schema(examples = "6f1c0e8e-2f5b-3c43-9f3e-5d8b3b0c9a11") String recordId,
        @Size(max = 300) @Schema(examples = "/api/v1/households/6f1c0e8e-2f5b-3c43-9f3e-5d8b3b0c9a11") String path) {
}
