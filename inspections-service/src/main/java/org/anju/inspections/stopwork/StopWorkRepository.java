package org.anju.inspections.stopwork;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stop-work notices. */
@ApplicationScoped
public class StopWorkRepository implements PanacheRepositoryBase<StopWorkNotice, UUID> {

    public Optional<StopWorkNotice> inForce(UUID permitId) {
        return find("permitId = ?1 and status = ?2", permitId, StopWorkNotice.Status.IN_FORCE).firstResultOptional();
    }
}
