package org.anju.permits.lifecycle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The history of one build and whether its hash chain is intact. */
@Schema(name = "PermitHistory", requiredProperties = { "permitId", "chainIntact", "entries" })
public record HistoryView(UUID permitId,
        @Schema(description = "True when every entry's hash matches its content and its predecessor") boolean chainIntact,
        List<Entry> entries) {

    /** One transition: who, in which role and township, when, why, what changed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PermitHistoryEntry", requiredProperties = { "seq", "action", "toState", "actor", "actorRole",
            "occurredAt", "prevHash", "hash" })
    public record Entry(long seq, @Schema(examples = "submit") String action, PermitState fromState,
            PermitState toState, String actor, String actorRole, String townshipCode, String reason,
            @Schema(description = "What changed, as JSON") String changes, OffsetDateTime occurredAt,
            String prevHash, String hash) {
    }

    public static HistoryView of(UUID permitId, List<HistoryEntry> entries) {
        return new HistoryView(permitId, History.chainIntact(entries), entries.stream()
                .map(e -> new Entry(e.seq, e.action, e.fromState, e.toState, e.actor, e.actorRole, e.townshipCode,
                        e.reason, e.changes, e.occurredAt, e.prevHash, e.hash))
                .toList());
    }
}
