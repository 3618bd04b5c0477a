package org.anju.registry.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a crew may take a new job starting on a day, and every reason why not. */
@Schema(name = "Eligibility", requiredProperties = { "crewId", "on", "eligible", "reasons", "activeJobs",
        "maxConcurrentJobs", "creditScore", "minimumCreditScore" })
public record EligibilityAnswer(UUID crewId, @Schema(examples = "2026-12-01") LocalDate on,
        @Schema(examples = "false") boolean eligible, List<ReasonView> reasons, @Schema(examples = "2") long activeJobs,
        @Schema(examples = "3") int maxConcurrentJobs, @Schema(examples = "92") int creditScore,
        @Schema(description = "The county's minimum credit score (registry rules) on the day asked", examples = "60")
        int minimumCreditScore) {

    /** One reason of a refusal. */
    @Schema(name = "EligibilityReason", requiredProperties = { "code", "message", "messageZh" })
    public record ReasonView(EligibilityReason code,
            @Schema(examples = "The crew's qualification expired on 2026-10-31 and was not renewed") String message,
            @Schema(examples = "队伍资质已于 2026-10-31 到期且未续期") String messageZh) {
    }
}
