package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Subscriptions by id and a county's subscriptions in creation order (keyset). */
@ApplicationScoped
public class WebhookSubscriptions implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** One page of a county's subscriptions, oldest first, after (createdAt, id) when given. */
    public List<WebhookSubscription> page(String county, OffsetDateTime afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return find("countyCode = ?1 order by createdAt, id", county).page(0, limit).list();
        }
        return find("countyCode = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                county, afterCreated, afterId).page(0, limit).list();
    }
}
