package org.anju.registry.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One decision about a crew's qualification: who, when, why. Append-only. */
@Entity
@Immutable
@Table(name = "qualification_decision")
public class QualificationDecision {

    @Id
    public UUID id;

    @Column(name = "crew_id", nullable = false)
    public UUID crewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualificationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    public QualificationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public QualificationState toState;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_role", nullable = false)
    public String decidedRole;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Why the decision was taken although the crew leader's training was not current; null when not waived. */
    @Column(name = "training_waiver_reason")
    public String trainingWaiverReason;
}
