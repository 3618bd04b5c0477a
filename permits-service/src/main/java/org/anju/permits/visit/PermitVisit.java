package org.anju.permits.visit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One mandatory visit a build needs, pending until inspections-service reports it passed. */
@Entity
@Table(name = "permit_visit")
@IdClass(PermitVisit.Key.class)
public class PermitVisit extends PanacheEntityBase {
    @Id
    @Column(name = "permit_id")
    public UUID permitId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type")
    public VisitType visitType;
    public int position;
    /** The build's township (copied at submission; statistics count by it). */
    @Column(name = "township_code")
    public String townshipCode;
    public String status;
    @Column(name = "visit_id")
    public String visitId;
    @Column(name = "passed_at")
    public OffsetDateTime passedAt;
    /** The deadline, set when the visit fell due; null while it has not. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    public boolean passed() {
        return "PASSED".equals(status);
    }

    /** Composite key. */
    public static class Key implements Serializable {
        public UUID permitId;
        public VisitType visitType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(permitId, k.permitId) && visitType == k.visitType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(permitId, visitType);
        }
    }
}
