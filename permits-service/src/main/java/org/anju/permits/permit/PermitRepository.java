package org.anju.permits.permit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.permits.lifecycle.PermitState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Builds by id and the queries the rules need. */
@ApplicationScoped
public class PermitRepository implements PanacheRepositoryBase<Permit, UUID> {

    /** Application numbers of the household's active builds other than this one (一户一宅). */
    public List<String> otherActiveBuilds(UUID householdId, UUID except) {
        return find("householdId = ?1 and id <> ?2 and state in ?3", householdId, except, PermitState.ACTIVE)
                .project(NumberOnly.class).list().stream().map(NumberOnly::applicationNumber).toList();
    }

    /** Projection of the application number. */
    public record NumberOnly(String applicationNumber) {
    }
}
