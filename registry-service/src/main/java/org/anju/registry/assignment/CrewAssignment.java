package org.anju.registry.assignment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A crew working on a permitted build, as permits-service reported it; active until released. */
@Entity
@Table(name = "crew_assignment")
public class CrewAssignment {

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
}
