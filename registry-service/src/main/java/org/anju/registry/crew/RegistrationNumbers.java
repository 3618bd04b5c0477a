package org.anju.registry.crew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Hands out crew registration numbers, `369901-2026-0001`: county code, year, 4-digit sequence. The counter row of
 * the county and year is locked FOR UPDATE until the filing commits, so numbers are unique and, since a failed filing
 * rolls the counter back with it, without gaps.
 */
@ApplicationScoped
public class RegistrationNumbers {

    private final EntityManager em;

    public RegistrationNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String countyCode, int year) {
        em.createNativeQuery("insert into registration_counter (county_code, year, last_value) values (?1, ?2, 0) "
                + "on conflict do nothing").setParameter(1, countyCode).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_value from registration_counter "
                + "where county_code = ?1 and year = ?2 for update")
                .setParameter(1, countyCode).setParameter(2, year).getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("update registration_counter set last_value = ?1 where county_code = ?2 and year = ?3")
                .setParameter(1, next).setParameter(2, countyCode).setParameter(3, year).executeUpdate();
        return "%s-%d-%04d".formatted(countyCode, year, next);
    }
}
