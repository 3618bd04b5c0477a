package org.anju.registry.credit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;

/** One change of a crew's or craftsman's credit score (信用分), with the score after it. Append-only. */
@Entity
@Immutable
@Table(name = "credit_record")
public class CreditRecord {

    /** Whose score changed. */
    public enum Subject {
        CREW, CRAFTSMAN
    }

    /** A deduction for a confirmed hazard, or the reversal of one whose hazard the county voided. */
    @Schema(name = "CreditEntryKind")
    public enum Kind {
        DEDUCTION, REVERSAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public Subject subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.DEDUCTION;

    /** The deduction a REVERSAL gives back. */
    @Column(name = "reverses_id")
    public UUID reversesId;

    @Column(nullable = false)
    public int delta;

    @Column(name = "score_after", nullable = false)
    public int scoreAfter;

    @Column(nullable = false)
    public String reason;

    public String grade;

    @Column(name = "hazard_id")
    public UUID hazardId;

    @Column(name = "permit_id")
    public UUID permitId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
