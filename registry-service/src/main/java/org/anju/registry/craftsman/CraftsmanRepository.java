package org.anju.registry.craftsman;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.concurrency.TransactionLocks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Craftsmen by id and by resident ID number. */
@ApplicationScoped
public class CraftsmanRepository implements PanacheRepositoryBase<Craftsman, UUID> {

    /**
     * Serialises registrations of the same number until the transaction ends, so two concurrent requests cannot both
     * pass the duplicate check (the second waits, then sees the first and gets 409 instead of a unique-index error).
     */
    public void lockResidentId(String residentId) {
        TransactionLocks.hold(getEntityManager(), "craftsman-resident-id:" + residentId);
    }

    public boolean residentIdTaken(String residentId) {
        return count("residentId", residentId) > 0;
    }
}
