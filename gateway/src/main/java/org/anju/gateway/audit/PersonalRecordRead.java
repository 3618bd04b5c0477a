package org.anju.gateway.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One read of a personal record (a household, a craftsman …): who read which record, when, through which service. */
@Entity
@Table(name = "personal_record_read")
public class PersonalRecordRead {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 32)
    private String actorRole;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(nullable = false, length = 32)
    private String service;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 64)
    private String recordId;

    @Column(name = "request_path", length = 300)
    private String requestPath;

    protected PersonalRecordRead() {
    }

    public PersonalRecordRead(UUID id, OffsetDateTime occurredAt, PersonalRead read) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = read.actor();
        this.actorRole = read.actorRole();
        this.countyCode = read.county();
        this.service = read.service();
        this.recordType = read.recordType();
        this.recordId = read.recordId();
        this.requestPath = read.path();
    }

    PersonalReadView view() {
        return new PersonalReadView(id, occurredAt, actor, actorRole, countyCode, service, recordType, recordId,
                requestPath);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public UUID id() {
        return id;
    }
}
