package org.anju.registry.credit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a score history, newest first. */
@Schema(name = "CreditEntry", requiredProperties = { "id", "delta", "scoreAfter", "reason", "recordedAt" })
public record CreditEntry(UUID id, @Schema(examples = "-5") int delta, @Schema(examples = "95") int scoreAfter,
        @Schema(examples = "Confirmed MAJOR hazard 6f1c... on permit 0b7e...") String reason,
        @Schema(examples = "MAJOR") String grade, UUID hazardId, UUID permitId, OffsetDateTime recordedAt) {

    static CreditEntry of(CreditRecord r) {
        return new CreditEntry(r.id, r.delta, r.scoreAfter, r.reason, r.grade, r.hazardId, r.permitId, r.recordedAt);
    }
}
