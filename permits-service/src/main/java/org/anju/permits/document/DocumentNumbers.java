package org.anju.permits.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free numbers per county, year and kind: {@code <kind prefix><county>-<year>-<6-digit seq>}. The counter row is locked FOR
 * UPDATE in the issuing transaction, so concurrent issuings queue on it, and a rolled-back issuing gives its number back.
 */
@ApplicationScoped
public class DocumentNumbers {

    private final EntityManager em;

    public DocumentNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String countyCode, int year, DocumentKind kind) {
        em.createNativeQuery("insert into document_counter (county_code, year, kind, last_value) values (?1, ?2, ?3, 0) "
                + "on conflict do nothing")
                .setParameter(1, countyCode).setParameter(2, year).setParameter(3, kind.name()).executeUpdate();
        int last = ((Number) em.createNativeQuery("select last_value from document_counter "
                + "where county_code = ?1 and year = ?2 and kind = ?3 for update")
                .setParameter(1, countyCode).setParameter(2, year).setParameter(3, kind.name()).getSingleResult())
                .intValue();
        int next = last + 1;
        em.createNativeQuery("update document_counter set last_value = ?4 "
                + "where county_code = ?1 and year = ?2 and kind = ?3")
                .setParameter(1, countyCode).setParameter(2, year).setParameter(3, kind.name()).setParameter(4, next)
                .executeUpdate();
        return kind.prefix() + format(countyCode, year, next);
    }

    public static String format(String countyCode, int year, int seq) {
        return String.format("%s-%d-%06d", countyCode, year, seq);
    }
}
