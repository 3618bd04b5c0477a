package org.anju.registry.crew;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.registry.qualification.QualificationState;

/** A builder crew (施工队伍) filed in the county register (登记备案), with its qualification. */
@Entity
@Table(name = "crew")
public class Crew {

    @Id
    public UUID id;

    @Column(name = "registration_number", nullable = false, unique = true)
    public String registrationNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CrewKind kind;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "leader_id", nullable = false)
    public UUID leaderId;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_phone", nullable = false)
    public String contactPhone;

    @Column(name = "insurance_policy_number", nullable = false)
    public String insurancePolicyNumber;

    @Column(name = "insurance_expires_on", nullable = false)
    public LocalDate insuranceExpiresOn;

    @Column(name = "max_concurrent_jobs", nullable = false)
    public int maxConcurrentJobs;

    /** The stored state; never EXPIRED (see QualificationLifecycle.effective). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualificationState state;

    @Column(name = "qualified_from")
    public LocalDate qualifiedFrom;

    @Column(name = "qualified_until")
    public LocalDate qualifiedUntil;

    /** Written only by CreditService (native update), so an edit of the record never overwrites a deduction. */
    @Column(name = "credit_score", nullable = false, updatable = false)
    public int creditScore = 100;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Version
    public long version;
}
