package org.anju.registry.craftsman;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** A rural craftsman (乡村建设工匠) in the county register; the resident ID is stored in full, shown masked. */
@Entity
@Table(name = "craftsman")
public class Craftsman {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "resident_id", nullable = false)
    public String residentId;

    @Column(nullable = false)
    public String phone;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "village_code")
    public String villageCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "craftsman_trade", joinColumns = @JoinColumn(name = "craftsman_id"))
    @Column(name = "trade", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<Trade> trades = EnumSet.noneOf(Trade.class);

    @Column(name = "skill_level")
    public Integer skillLevel;

    @Column(name = "certifying_body")
    public String certifyingBody;

    @Column(name = "certificate_number")
    public String certificateNumber;

    /** Written only by CreditService (native update), so an edit of the record never overwrites a deduction. */
    @Column(name = "credit_score", nullable = false, updatable = false)
    public int creditScore = 100;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
