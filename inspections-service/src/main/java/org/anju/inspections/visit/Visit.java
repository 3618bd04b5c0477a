package org.anju.inspections.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A site visit, scheduled or recorded. Fields are set before persisting; a managed visit changes only through its
 * own methods (Hibernate's inline dirty tracking sees writes made inside the entity only).
 */
@Entity
@Table(name = "visit")
public class Visit {

    /** Whether the visit has happened yet. */
    @Schema(name = "VisitStatus")
    public enum Status {
        SCHEDULED, RECORDED
    }

    @Id
    public UUID id;
    public UUID permitId;
    /** The build's application number as permits-service gave it when the visit was recorded (BLDS PermitNum). */
    @Column(name = "application_number")
    public String applicationNumber;
    public String townshipCode;
    public String villageCode;
    public UUID crewId;
    public String inspector;
    @Enumerated(EnumType.STRING)
    public VisitType visitType;
    @Enumerated(EnumType.STRING)
    public Status status;
    public LocalDate scheduledDate;
    public OffsetDateTime clientCheckedInAt;
    public OffsetDateTime serverCheckedInAt;
    public Double lat;
    public Double lng;
    @Column(name = "accuracy_m")
    public Double accuracyMetres;
    public Double siteLat;
    public Double siteLng;
    @Column(name = "distance_m")
    public Double distanceMetres;
    @Column(name = "radius_m")
    public Double radiusMetres;
    public Boolean onSite;
    public Boolean clockSkew;
    public Long clockSkewSeconds;
    public UUID templateId;
    public Integer templateVersion;
    public String answers;
    @Enumerated(EnumType.STRING)
    public VisitOutcome requestedOutcome;
    @Enumerated(EnumType.STRING)
    public VisitOutcome outcome;
    public String acknowledgedBy;
    public String acknowledgedRole;
    public OffsetDateTime acknowledgedAt;
    public String notes;
    public OffsetDateTime timelineAt;
    public OffsetDateTime createdAt;
    @Version
    public long version;

    @PrePersist
    void stamp() {
        if (createdAt == null) {
            createdAt = OffsetDateTime.now();
        }
    }

    /** Records a scheduled visit with the check-in, answers and outcome another (detached) visit carries. */
    public void recordFrom(Visit r) {
        this.status = Status.RECORDED;
        this.inspector = r.inspector;
        this.clientCheckedInAt = r.clientCheckedInAt;
        this.serverCheckedInAt = r.serverCheckedInAt;
        this.lat = r.lat;
        this.lng = r.lng;
        this.accuracyMetres = r.accuracyMetres;
        this.siteLat = r.siteLat;
        this.siteLng = r.siteLng;
        this.distanceMetres = r.distanceMetres;
        this.radiusMetres = r.radiusMetres;
        this.onSite = r.onSite;
        this.clockSkew = r.clockSkew;
        this.clockSkewSeconds = r.clockSkewSeconds;
        this.templateId = r.templateId;
        this.templateVersion = r.templateVersion;
        this.answers = r.answers;
        this.requestedOutcome = r.requestedOutcome;
        this.outcome = r.outcome;
        this.acknowledgedBy = r.acknowledgedBy;
        this.acknowledgedRole = r.acknowledgedRole;
        this.acknowledgedAt = r.acknowledgedAt;
        this.notes = r.notes;
        this.crewId = r.crewId;
        this.timelineAt = r.timelineAt;
    }

    /** Whether this visit, recorded on site with a pass, counts (for a stage, a re-check or lifting a stop-work). */
    public boolean countsAsPassed() {
        return status == Status.RECORDED && Boolean.TRUE.equals(onSite) && outcome != null && outcome.passed();
    }
}
