package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 整改通知书: orders a hazard fixed by a deadline; a re-check closes it out (销号) or extends it. */
@Entity
@Table(name = "rectification_notice")
public class RectificationNotice {

    /** Open until a passed re-check closes it out, or its hazard is voided. */
    @Schema(name = "RectificationStatus")
    public enum Status {
        OPEN, CLOSED, VOIDED
    }

    @Id
    public UUID id;
    public UUID hazardId;
    public UUID permitId;
    public String townshipCode;
    public String responsiblePerson;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int extensions;
    public OffsetDateTime issuedAt;
    public OffsetDateTime closedAt;
    public UUID closingVisitId;
    public OffsetDateTime voidedAt;
    @Version
    public long version;

    void closeOut(UUID visitId, OffsetDateTime at) {
        this.status = Status.CLOSED;
        this.closingVisitId = visitId;
        this.closedAt = at;
    }

    /** Its hazard was voided: nothing is left to rectify. */
    void voidWithHazard(OffsetDateTime at) {
        this.status = Status.VOIDED;
        this.voidedAt = at;
    }

    void extend(LocalDate newDeadline) {
        this.deadline = newDeadline;
        this.extensions = this.extensions + 1;
    }
}
