package org.anju.inspections.hazard;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hazard found on a visit (安全隐患); closed only by a passed on-site re-check, voided only by the county admin. */
@Entity
@Table(name = "hazard")
public class Hazard {

    /** Whether the hazard is still to be rectified, closed out, or voided by the county. */
    @Schema(name = "HazardStatus")
    public enum Status {
        OPEN, CLOSED, VOIDED
    }

    @Id
    public UUID id;
    public UUID visitId;
    public UUID permitId;
    public String townshipCode;
    public UUID crewId;
    @Enumerated(EnumType.STRING)
    public HazardType hazardType;
    @Enumerated(EnumType.STRING)
    public HazardGrade grade;
    public String itemCode;
    public String description;
    public String responsiblePerson;
    @Enumerated(EnumType.STRING)
    public Status status;
    public OffsetDateTime createdAt;
    public OffsetDateTime closedAt;
    public OffsetDateTime voidedAt;
    public String voidedBy;
    public String voidReason;
    @Version
    public long version;

    void voidBy(String user, String reason, OffsetDateTime at) {
        this.status = Status.VOIDED;
        this.voidedBy = user;
        this.voidReason = reason;
        this.voidedAt = at;
    }

    void close(OffsetDateTime at) {
        this.status = Status.CLOSED;
        this.closedAt = at;
    }
}
