package org.anju.registry.crew;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Crews by id. */
@ApplicationScoped
public class CrewRepository implements PanacheRepositoryBase<Crew, UUID> {
}
