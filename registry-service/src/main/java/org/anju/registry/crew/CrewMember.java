package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A craftsman's membership of a crew; active while {@code leftOn} is empty (one active crew per craftsman). */
@Entity
@Table(name = "crew_member")
public class CrewMember {

    @Id
    public UUID id;

    @Column(name = "crew_id", nullable = false)
    public UUID crewId;

    @Column(name = "craftsman_id", nullable = false)
    public UUID craftsmanId;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;
}
