package org.anju.common.concurrency;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock held until the current transaction ends, named by a text key: decisions that a unique
 * index alone cannot keep apart (one active build per plot, one stop-work in force per build, one registration per
 * resident ID, one layer version at a time) are taken one after the other, and the second sees the first.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits for and holds the lock named {@code key} (e.g. {@code "stop-work:<permit id>"}) until commit or rollback. */
    public static void hold(EntityManager em, String key) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, key).getSingleResult();
    }
}
