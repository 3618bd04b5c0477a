package org.anju.permits.lifecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move a build on: the action and the inputs that action needs (see the transition table). */
@Schema(name = "TransitionRequest", requiredProperties = { "action" })
public record TransitionRequest(
        @NotNull @Schema(description = "The action", examples = "issue-book") Action action,
        @Size(max = 1000) @Schema(description = "Why (required to reject, withdraw, suspend, resume, revoke)",
                examples = "村民申请撤回") String reason,
        @Schema(description = "First day of the village public notice (required for village-review)",
                examples = "2026-11-20") LocalDate noticeStartedOn,
        @Schema(description = "Owner and crew leader signed the safety pledge (required for issue-certificate)",
                examples = "true") Boolean pledgeSigned) {
}
