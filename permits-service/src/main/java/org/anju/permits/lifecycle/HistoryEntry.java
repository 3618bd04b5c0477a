package org.anju.permits.lifecycle;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One transition of a build, append-only and hash-chained to the one before it (the database refuses changes). */
@Entity
@Table(name = "permit_history")
public class HistoryEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public PermitState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public PermitState toState;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "township_code")
    public String townshipCode;
    public String reason;
    public String changes;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
