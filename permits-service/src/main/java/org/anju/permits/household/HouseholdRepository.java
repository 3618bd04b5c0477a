package org.anju.permits.household;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Households by id and by head's resident ID. */
@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    public Optional<Household> byResidentId(String residentId) {
        return find("headResidentId", residentId).firstResultOptional();
    }

    /** Locks the household so that two submissions for it are checked against 一户一宅 one after the other. */
    public Household lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
