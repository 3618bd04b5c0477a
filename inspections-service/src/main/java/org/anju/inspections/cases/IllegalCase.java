package org.anju.inspections.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 违法建设案件: building without a permit (未批先建) or not as permitted (不按规划审批要求建设). */
@Entity
@Table(name = "illegal_case")
public class IllegalCase {

    /** What kind of illegal construction. */
    @Schema(name = "CaseKind")
    public enum Kind {
        NO_PERMIT, NOT_AS_PERMITTED
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    public String townshipCode;
    public String villageCode;
    public double lat;
    public double lng;
    public UUID permitId;
    public String household;
    public String description;
    public UUID visitId;
    public OffsetDateTime openedAt;
    public String openedBy;
    @Version
    public long version;

    void moveTo(CaseState target) {
        this.state = target;
    }
}
