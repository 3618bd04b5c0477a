package org.anju.common.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The receiving side of the outbox: remembers event ids so that a redelivered event is applied only once. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * True the first time an event id is seen. Call it in the transaction that applies the event: if applying
     * fails, the id is forgotten with the rest and the sender's retry is applied afresh.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String eventType, String source) {
        return em.createNativeQuery("insert into inbox_event (id, event_type, source) values (?1, ?2, ?3) "
                + "on conflict do nothing")
                .setParameter(1, eventId).setParameter(2, eventType).setParameter(3, source).executeUpdate() == 1;
    }
}
