package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/**
 * The deliveries of events to subscriptions and their attempts (native SQL: they are queued in bulk, read in lines
 * per subscription and updated one attempt at a time, never loaded as a graph).
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** Attempts shown per delivery in the list. */
    static final int ATTEMPTS_SHOWN = 10;

    private final EntityManager em;

    public WebhookDeliveries(EntityManager em) {
        this.em = em;
    }

    /** Queues an event for every subscription of its county that asked for its type; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queue(UUID eventId, String type, OffsetDateTime occurredAt, String county, String body) {
        return em.createNativeQuery("insert into webhook_delivery (id, subscription_id, event_id, event_type, "
                + "occurred_at, body, status, next_attempt_at, created_at) "
                + "select gen_random_uuid(), s.id, ?1, ?2, ?3, ?4, 'PENDING', now(), now() from webhook_subscription s "
                + "where s.county_code = ?5 and ?2 = any(s.event_types) on conflict do nothing")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, occurredAt).setParameter(4, body)
                .setParameter(5, county).executeUpdate();
    }

    /** A subscription's deliveries, newest first, with their latest attempts (two queries, whatever the page size). */
    public Page<DeliveryView> page(UUID subscriptionId, String status, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        var after = Cursor.decode(cursor, 1);
        StringBuilder sql = new StringBuilder("select seq, id, event_id, event_type, occurred_at, status, attempts, "
                + "next_attempt_at, last_attempt_at, delivered_at, last_status_code, last_error, created_at "
                + "from webhook_delivery where subscription_id = :s");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (!after.isEmpty()) {
            sql.append(" and seq < :after");
        }
        sql.append(" order by seq desc limit :limit");
        var query = em.createNativeQuery(sql.toString()).setParameter("s", subscriptionId)
                .setParameter("limit", size + 1);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!after.isEmpty()) {
            if (!after.get(0).canConvertToLong()) {
                throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                        "cursor is not one this list handed out", "分页游标无效"));
            }
            query.setParameter("after", after.get(0).asLong());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(size, rows.size()));
        Map<UUID, List<DeliveryView.Attempt>> attempts = attempts(shown.stream().map(r -> (UUID) r[1]).toList());
        List<DeliveryView> items = shown.stream().map(r -> {
            boolean pending = "PENDING".equals(r[5]);
            return new DeliveryView((UUID) r[1], (UUID) r[2], (String) r[3], Times.column(r[4]), (String) r[5],
                    ((Number) r[6]).intValue(), pending ? Times.column(r[7]) : null, Times.column(r[8]),
                    Times.column(r[9]), r[10] == null ? null : ((Number) r[10]).intValue(), (String) r[11],
                    Times.column(r[12]), attempts.getOrDefault((UUID) r[1], List.of()));
        }).toList();
        String next = rows.size() > size ? Cursor.encode(((Number) shown.get(size - 1)[0]).longValue()) : null;
        return new Page<>(items, next);
    }

    private Map<UUID, List<DeliveryView.Attempt>> attempts(List<UUID> deliveryIds) {
        Map<UUID, List<DeliveryView.Attempt>> out = new LinkedHashMap<>();
        if (deliveryIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select delivery_id, attempted_at, outcome, status_code, error, "
                + "duration_ms from (select a.*, row_number() over (partition by a.delivery_id order by a.id desc) rn "
                + "from webhook_attempt a where a.delivery_id in (:ids)) x where rn <= :shown "
                + "order by delivery_id, id desc")
                .setParameter("ids", deliveryIds).setParameter("shown", ATTEMPTS_SHOWN).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new DeliveryView.Attempt(Times.column(r[1]),
                    (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                    ((Number) r[5]).longValue()));
        }
        return out;
    }

    /** Queues again the deliveries of events that happened in [from, to); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requeue(UUID subscriptionId, OffsetDateTime from, OffsetDateTime to) {
        return em.createNativeQuery("update webhook_delivery set status = 'PENDING', failures = 0, "
                + "next_attempt_at = now() where subscription_id = ?1 and occurred_at >= ?2 and occurred_at < ?3")
                .setParameter(1, subscriptionId).setParameter(2, from).setParameter(3, to).executeUpdate();
    }

    /** Queues again these deliveries of the subscription; 400 naming each id that is not one of its deliveries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requeue(UUID subscriptionId, List<UUID> deliveryIds) {
        @SuppressWarnings("unchecked")
        List<UUID> known = em.createNativeQuery("select id from webhook_delivery where subscription_id = :s "
                + "and id in (:ids)").setParameter("s", subscriptionId).setParameter("ids", deliveryIds)
                .getResultList();
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < deliveryIds.size(); i++) {
            if (!known.contains(deliveryIds.get(i))) {
                unknown.add(new FieldViolation("deliveryIds[" + i + "]", "known-delivery",
                        "not a delivery of this subscription", "不是该订阅的投递记录", deliveryIds.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "validation", "请求参数无效", "Invalid request",
                    unknown.size() + " delivery id(s) are not deliveries of this subscription", unknown);
        }
        return em.createNativeQuery("update webhook_delivery set status = 'PENDING', failures = 0, "
                + "next_attempt_at = now() where subscription_id = :s and id in (:ids)")
                .setParameter("s", subscriptionId).setParameter("ids", deliveryIds).executeUpdate();
    }

    /** A resumed subscription's waiting deliveries are due at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dueNow(UUID subscriptionId) {
        em.createNativeQuery("update webhook_delivery set next_attempt_at = now() where subscription_id = ?1 "
                + "and status = 'PENDING'").setParameter(1, subscriptionId).executeUpdate();
    }

    /** One subscription's line for a relay pass: where to send, the stored secret, the next deliveries in order. */
    record Line(UUID subscriptionId, String url, String secretCipher, List<Pending> deliveries) {
    }

    /** A delivery waiting in a line. */
    record Pending(UUID id, UUID eventId, String body, int failures) {
    }

    /**
     * The lines of active subscriptions whose oldest pending delivery is due: up to {@code batch} deliveries each, in
     * order. A subscription whose head is waiting out its backoff holds back all of its later deliveries.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Line> due(int batch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.url, s.secret_cipher, d.id as delivery_id, "
                + "d.event_id, d.body, d.failures from webhook_subscription s cross join lateral ("
                + "  select p.id, p.event_id, p.body, p.failures, p.seq from webhook_delivery p "
                + "  where p.subscription_id = s.id and p.status = 'PENDING' order by p.seq limit ?1) d "
                + "where s.status = 'ACTIVE' and (select h.next_attempt_at from webhook_delivery h "
                + "  where h.subscription_id = s.id and h.status = 'PENDING' order by h.seq limit 1) <= now() "
                + "order by s.id, d.seq").setParameter(1, batch).getResultList();
        Map<UUID, Line> lines = new LinkedHashMap<>();
        for (Object[] r : rows) {
            lines.computeIfAbsent((UUID) r[0], id -> new Line(id, (String) r[1], (String) r[2], new ArrayList<>()))
                    .deliveries().add(new Pending((UUID) r[3], (UUID) r[4], (String) r[5], ((Number) r[6]).intValue()));
        }
        return List.copyOf(lines.values());
    }

    /** The outcome of one attempt, as recorded. */
    record Outcome(String kind, Integer statusCode, String error, long durationMs, OffsetDateTime at) {
    }

    /**
     * Records an attempt and moves the delivery on: delivered, retried at {@code retryAt}, or (410 Gone) left
     * pending with its subscription paused. Returns whether the subscription's line may go on in this pass.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean record(UUID subscriptionId, Pending d, Outcome o, OffsetDateTime retryAt) {
        em.createNativeQuery("insert into webhook_attempt (delivery_id, attempted_at, outcome, status_code, error, "
                + "duration_ms) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, d.id()).setParameter(2, o.at())
                .setParameter(3, o.kind()).setParameter(4, o.statusCode()).setParameter(5, o.error())
                .setParameter(6, (int) Math.min(Integer.MAX_VALUE, o.durationMs())).executeUpdate();
        switch (o.kind()) {
            case "DELIVERED" -> em.createNativeQuery("update webhook_delivery set status = 'DELIVERED', "
                    + "attempts = attempts + 1, failures = 0, last_attempt_at = ?1, delivered_at = ?1, "
                    + "last_status_code = ?2, last_error = null where id = ?3").setParameter(1, o.at())
                    .setParameter(2, o.statusCode()).setParameter(3, d.id()).executeUpdate();
            case "GONE" -> {
                em.createNativeQuery("update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?1, "
                        + "last_status_code = ?2, last_error = ?3 where id = ?4").setParameter(1, o.at())
                        .setParameter(2, o.statusCode()).setParameter(3, o.error()).setParameter(4, d.id())
                        .executeUpdate();
                em.createNativeQuery("update webhook_subscription set status = 'PAUSED', paused_reason = ?1, "
                        + "updated_at = ?2, version = version + 1 where id = ?3 and status = 'ACTIVE'")
                        .setParameter(1, "订阅方答复 410 Gone，已暂停 The subscriber answered 410 Gone at " + o.at())
                        .setParameter(2, o.at()).setParameter(3, subscriptionId).executeUpdate();
                return false;
            }
            default -> {
                em.createNativeQuery("update webhook_delivery set attempts = attempts + 1, failures = failures + 1, "
                        + "last_attempt_at = ?1, next_attempt_at = ?2, last_status_code = ?3, last_error = ?4 "
                        + "where id = ?5").setParameter(1, o.at()).setParameter(2, retryAt)
                        .setParameter(3, o.statusCode()).setParameter(4, o.error()).setParameter(5, d.id())
                        .executeUpdate();
                return false;
            }
        }
        // paused or deleted meanwhile: stop this line
        @SuppressWarnings("unchecked")
        List<String> status = em.createNativeQuery("select status from webhook_subscription where id = ?1")
                .setParameter(1, subscriptionId).getResultList();
        return status.equals(List.of("ACTIVE"));
    }
}
