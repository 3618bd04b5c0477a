package org.anju.registry.rules;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The register's county rules as read and written over the API. 登记规则。 */
@Schema(name = "RegistryRules", requiredProperties = "minimumCreditScore")
public record RegistryRulesView(
        @Schema(readOnly = true, examples = "369901") String countyCode,
        @NotNull @Min(0) @Max(100) @Schema(description = "The credit score (信用分, 0 to 100, starting at 100) a crew "
                + "needs at least to be eligible for a new job; below it eligibility answers CREDIT_BELOW_MINIMUM. "
                + "Default 60. 承接新项目所需的最低信用分", examples = "60") Integer minimumCreditScore,
        @Schema(readOnly = true) OffsetDateTime updatedAt,
        @Schema(readOnly = true, examples = "admin-li") String updatedBy,
        @Schema(readOnly = true, description = "The version, also the ETag", examples = "1") Long version) {

    static RegistryRulesView of(RegistryRules r) {
        return new RegistryRulesView(r.countyCode, r.minimumCreditScore, r.updatedAt, r.updatedBy, r.version);
    }
}
