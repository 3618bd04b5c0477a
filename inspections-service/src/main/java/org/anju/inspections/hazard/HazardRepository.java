package org.anju.inspections.hazard;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Hazards. */
@ApplicationScoped
public class HazardRepository implements PanacheRepositoryBase<Hazard, UUID> {
}
