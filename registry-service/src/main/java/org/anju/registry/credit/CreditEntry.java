package org.anju.registry.credit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a score history, newest first. */
@Schema(name = "CreditEntry", requiredProperties = { "id", "kind", "delta", "scoreAfter", "reason", "recordedAt" })
public record CreditEntry(UUID id,
        @Schema(description = "DEDUCTION for a confirmed hazard; REVERSAL gives a deduction back when the county "
                + "voided its hazard (both stay in the history)", examples = "DEDUCTION") CreditRecord.Kind kind,
        @Schema(examples = "-5") int delta, @Schema(examples = "95") int scoreAfter,
        @Schema(examples = "Confirmed MAJOR hazard 6f1c... on permit 0b7e...") String reason,
        @Schema(examples = "MAJOR") String grade, UUID hazardId, UUID permitId,
        @Schema(description = "The entry a REVERSAL gives back") UUID reversesEntryId, OffsetDateTime recordedAt) {

    static CreditEntry of(CreditRecord r) {
        return new CreditEntry(r.id, r.kind, r.delta, r.scoreAfter, r.reason, r.grade, r.hazardId, r.permitId,
                r.reversesId, r.recordedAt);
    }
}
