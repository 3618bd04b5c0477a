package org.anju.inspections.visit;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Visits by id. */
@ApplicationScoped
public class VisitRepository implements PanacheRepositoryBase<Visit, UUID> {
}
