package org.anju.registry.qualification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The decision history of crews, oldest first. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<QualificationDecision, UUID> {

    public List<QualificationDecision> history(UUID crewId) {
        return list("crewId = ?1 order by decidedAt, id", crewId);
    }
}
