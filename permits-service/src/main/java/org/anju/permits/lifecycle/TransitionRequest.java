package org.anju.permits.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move a build on: the action and the inputs that action needs (see the transition table). */
@Schema(name = "TransitionRequest", requiredProperties = { "action" })
public record TransitionRequest(
        @NotNull @Schema(description = "The action", examples = "issue-book") Action action,
        @Size(max = 1000) @Schema(description = "Why (required to reject, withdraw, suspend, resume, revoke, assign-crew)",
                examples = "村民申请撤回") String reason,
        @Schema(description = "First day of the village public notice (required for village-review)",
                examples = "2026-11-20") LocalDate noticeStartedOn,
        @Schema(description = "Owner and crew leader signed the safety pledge (required for issue-certificate)",
                examples = "true") Boolean pledgeSigned,
        @Schema(description = "The crew to assign (required for assign-crew; registry-service id)",
                examples = "0b1f6a4e-3f3c-3d5e-9a53-1d0b8b6f0c21") UUID crewId,
        @Schema(description = "New planned start date (assign-crew; default: unchanged)", examples = "2026-12-20")
        LocalDate plannedStartOn) {

    /** A request with the inputs of the original actions only. */
    public TransitionRequest(Action action, String reason, LocalDate noticeStartedOn, Boolean pledgeSigned) {
        this(action, reason, noticeStartedOn, pledgeSigned, null, null);
    }
}
