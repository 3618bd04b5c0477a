package org.anju.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The facts one Anju service tells another through its outbox (DESIGN.md section 5), as typed records shared by the
 * sender, the receiver and the tests: the one place where each event's type and payload keys are written. Public
 * webhook events (the gateway's) are not here; they are the county hall's contract, documented with the webhooks.
 */
public final class Events {

    /** Outbox destinations: the receiving service. */
    public static final String PERMITS = "permits";
    public static final String REGISTRY = "registry";

    private Events() {
    }

    /** inspections → permits: a mandatory visit passed on site; the stage it gates may follow. */
    public record VisitPassed(UUID permitId, UUID visitId, String visitType, OffsetDateTime passedAt) {
        public static final String TYPE = "visit.passed";
    }

    /** inspections → permits: a stop-work notice was issued; it holds the build until lifted. */
    public record StopWorkIssued(UUID permitId, UUID noticeId, String reason) {
        public static final String TYPE = "stopwork.issued";
    }

    /** inspections → permits: a stop-work notice was lifted after a passed on-site re-check. */
    public record StopWorkLifted(UUID permitId, UUID noticeId) {
        public static final String TYPE = "stopwork.lifted";
    }

    /** permits → registry: the certificate was issued with this crew; its reserved job slot is confirmed. */
    public record CrewAssigned(UUID crewId, UUID permitId) {
        public static final String TYPE = "crew.assigned";
    }

    /** permits → registry: the build no longer holds the crew's job slot (completed, withdrawn, revoked, crew changed). */
    public record CrewReleased(UUID crewId, UUID permitId) {
        public static final String TYPE = "crew.released";
    }

    /** inspections → registry: a hazard was confirmed on a crew's build; the crew and its leader lose credit. */
    public record HazardConfirmed(UUID hazardId, UUID permitId, UUID crewId, String grade) {
        public static final String TYPE = "hazard.confirmed";
    }

    /** inspections → registry: the county admin voided a hazard; what it cost in credit is given back. */
    public record HazardVoided(UUID hazardId, UUID permitId, UUID crewId, String grade, String reason,
            String voidedBy) {
        public static final String TYPE = "hazard.voided";
    }
}
