package org.anju.inspections.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case's append-only history: who moved it from which state to which, and why. */
@Entity
@Table(name = "illegal_case_history")
public class CaseHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public CaseState fromState;
    @Enumerated(EnumType.STRING)
    public CaseState toState;
    public String actor;
    public String actorRole;
    public String note;
    public OffsetDateTime at;
}
