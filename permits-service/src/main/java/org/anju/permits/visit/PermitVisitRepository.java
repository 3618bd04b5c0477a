package org.anju.permits.visit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The visits of a build, in the county's order. */
@ApplicationScoped
public class PermitVisitRepository implements PanacheRepositoryBase<PermitVisit, PermitVisit.Key> {

    public List<PermitVisit> of(UUID permitId) {
        return list("permitId = ?1 order by position", permitId);
    }
}
