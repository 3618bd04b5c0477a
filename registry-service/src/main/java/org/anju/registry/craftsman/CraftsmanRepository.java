package org.anju.registry.craftsman;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Craftsmen by id and by resident ID number. */
@ApplicationScoped
public class CraftsmanRepository implements PanacheRepositoryBase<Craftsman, UUID> {

    public boolean residentIdTaken(String residentId) {
        return count("residentId", residentId) > 0;
    }
}
