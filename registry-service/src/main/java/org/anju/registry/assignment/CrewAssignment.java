package org.anju.registry.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A crew's job slot on one build: HELD when permits-service reserved it at the moment of issuing the certificate,
 * CONFIRMED once its crew.assigned event arrived; it counts against the crew's limit until released (or, HELD, until
 * its hold runs out).
 */
@Entity
@Table(name = "crew_assignment")
public class CrewAssignment {

    /** Whether the permit's transaction is known to have committed. */
    @Schema(name = "ReservationStatus")
    public enum Status {
        HELD, CONFIRMED
    }

    @Id
    public UUID id;

    @Column(name = "crew_id", nullable = false)
    public UUID crewId;

    @Column(name = "permit_id", nullable = false)
    public UUID permitId;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "released_at")
    public OffsetDateTime releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "held_until")
    public OffsetDateTime heldUntil;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** Whether the slot counts against the crew's limit at {@code now}. */
    public boolean live(OffsetDateTime now) {
        return releasedAt == null && (status == Status.CONFIRMED || heldUntil.isAfter(now));
    }
}
