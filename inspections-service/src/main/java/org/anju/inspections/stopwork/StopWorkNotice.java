package org.anju.inspections.stopwork;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 停工通知书: halts a build; the permit is suspended until a passed on-site re-check lifts it. */
@Entity
@Table(name = "stop_work_notice")
public class StopWorkNotice {

    /** Why the works were stopped. */
    @Schema(name = "StopWorkReason")
    public enum ReasonCode {
        CRITICAL_HAZARD, UNQUALIFIED_CREW, DEVIATES_FROM_PERMIT, OTHER
    }

    /** In force until lifted. */
    @Schema(name = "StopWorkStatus")
    public enum Status {
        IN_FORCE, LIFTED
    }

    @Id
    public UUID id;
    public UUID permitId;
    public String townshipCode;
    public UUID visitId;
    public UUID hazardId;
    @Enumerated(EnumType.STRING)
    public ReasonCode reasonCode;
    public String reason;
    @Enumerated(EnumType.STRING)
    public Status status;
    public OffsetDateTime issuedAt;
    public String issuedBy;
    public OffsetDateTime liftedAt;
    public UUID liftingVisitId;
    @Version
    public long version;

    void lift(UUID visitId, OffsetDateTime at) {
        this.status = Status.LIFTED;
        this.liftingVisitId = visitId;
        this.liftedAt = at;
    }
}
