package org.anju.permits.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Each history entry carries the hash of the one before it, so any edit shows. */
class HistoryChainTest {

    private static List<HistoryEntry> chain() {
        UUID permit = UUID.randomUUID();
        List<HistoryEntry> out = new ArrayList<>();
        String prev = History.GENESIS;
        PermitState from = null;
        for (PermitState to : List.of(PermitState.DRAFT, PermitState.SUBMITTED, PermitState.VILLAGE_REVIEWED)) {
            HistoryEntry e = new HistoryEntry();
            e.id = UUID.randomUUID();
            e.permitId = permit;
            e.action = "step";
            e.fromState = from;
            e.toState = to;
            e.actor = "tester";
            e.actorRole = "village_reviewer";
            e.townshipCode = "369901100000";
            e.occurredAt = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 123_456_000, ZoneOffset.UTC);
            e.prevHash = prev;
            e.hash = History.hash(e);
            prev = e.hash;
            from = to;
            out.add(e);
        }
        return out;
    }

    @Test
    void untouchedChainIsIntact() {
        assertTrue(History.chainIntact(chain()));
    }

    @Test
    void editingAnEarlierEntryBreaksTheChain() {
        List<HistoryEntry> c = chain();
        c.get(1).reason = "rewritten afterwards";
        assertFalse(History.chainIntact(c));
    }

    @Test
    void removingAnEntryBreaksTheChain() {
        List<HistoryEntry> c = chain();
        c.remove(1);
        assertFalse(History.chainIntact(c));
    }
}
