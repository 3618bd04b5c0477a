package org.anju.inspections.hazard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Hazards. */
@ApplicationScoped
public class HazardRepository implements PanacheRepositoryBase<Hazard, UUID> {

    /** A build's hazards, oldest first by finding time then id, strictly after the cursor position (V5's index). */
    public List<Hazard> ofPermit(UUID permitId, OffsetDateTime afterCreatedAt, UUID afterId, int limit) {
        return (afterCreatedAt == null
                ? find("permitId = ?1 order by createdAt, id", permitId)
                : find("permitId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                        permitId, afterCreatedAt, afterId)).page(0, limit).list();
    }
}
