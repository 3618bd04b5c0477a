package org.anju.common.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records a fact for another service in the caller's own transaction; {@link OutboxRelay} delivers it later, in
 * order, until the receiver acknowledges. If the change rolls back, so does the event.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;

    public Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** @return the event id, which receivers deduplicate on */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String destination, String eventType, String aggregateId, Object payload) {
        UUID id = UUID.randomUUID();
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload is not serialisable", e);
        }
        em.createNativeQuery("insert into outbox_event (id, destination, event_type, aggregate_id, payload) "
                + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, destination).setParameter(3, eventType)
                .setParameter(4, aggregateId).setParameter(5, body).executeUpdate();
        return id;
    }
}
