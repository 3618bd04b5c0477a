package org.anju.common.outbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.ServiceTokens;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers outbox events to their destinations, oldest first. A destination that fails holds its later events back
 * (so a receiver sees "stop-work issued" before "stop-work lifted") and is retried with exponential backoff; a 4xx
 * refusal other than 408/429 is recorded as rejected and skipped, so one bad event cannot block the line forever.
 * Every delivery carries this service's token ({@link ServiceTokens}); without one (the gateway is down), or when the
 * receiver refuses it (401/403: expired, key rotated, client misconfigured), the event waits and is retried like any
 * failed delivery: an authentication problem is never the event's fault.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long LOCK_KEY = 0x616e6a756f7574L;

    private final EntityManager em;
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ServiceTokens tokens;

    public OutboxRelay(EntityManager em, OutboxConfig config, ObjectMapper json, ServiceTokens tokens) {
        this.em = em;
        this.config = config;
        this.json = json;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Scheduled(every = "${anju.outbox.poll:2s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.destinations().isEmpty()) {
            relay();
        }
    }

    /** One pass over the due events; returns how many were acknowledged. Only one instance relays at a time. */
    @Transactional
    public int relay() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.seq, e.id, e.destination, e.event_type, e.aggregate_id, "
                + "e.payload, e.created_at, e.attempts from outbox_event e "
                + "where e.delivered_at is null and e.rejected_at is null and not exists ("
                + "  select 1 from outbox_event h where h.destination = e.destination and h.delivered_at is null "
                + "  and h.rejected_at is null and h.seq < e.seq and h.next_attempt_at > now()) "
                + "and e.next_attempt_at <= now() order by e.seq limit ?1")
                .setParameter(1, config.batchSize()).getResultList();
        Set<String> blocked = new HashSet<>();
        int delivered = 0;
        for (Object[] row : rows) {
            String destination = (String) row[2];
            if (blocked.contains(destination)) {
                continue;
            }
            long seq = ((Number) row[0]).longValue();
            int attempts = ((Number) row[7]).intValue() + 1;
            Outcome outcome = deliver(destination, (UUID) row[1], (String) row[3], (String) row[4], (String) row[5],
                    row[6]);
            switch (outcome.kind) {
                case DELIVERED -> {
                    em.createNativeQuery("update outbox_event set delivered_at = now(), attempts = ?1, last_error = null "
                            + "where seq = ?2").setParameter(1, attempts).setParameter(2, seq).executeUpdate();
                    delivered++;
                }
                case REJECTED -> em.createNativeQuery("update outbox_event set rejected_at = now(), attempts = ?1, "
                        + "last_error = ?2 where seq = ?3").setParameter(1, attempts).setParameter(2, outcome.error)
                        .setParameter(3, seq).executeUpdate();
                case RETRY -> {
                    blocked.add(destination);
                    long backoff = Math.min(config.maxBackoff().toSeconds(), 1L << Math.min(attempts, 20));
                    em.createNativeQuery("update outbox_event set attempts = ?1, last_error = ?2, "
                            + "next_attempt_at = now() + make_interval(secs => ?3) where seq = ?4")
                            .setParameter(1, attempts).setParameter(2, outcome.error).setParameter(3, (double) backoff)
                            .setParameter(4, seq).executeUpdate();
                }
            }
        }
        return delivered;
    }

    /** Events not yet acknowledged nor rejected, for health and metrics. */
    public long pending() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where delivered_at is null "
                + "and rejected_at is null").getSingleResult()).longValue();
    }

    private Outcome deliver(String destination, UUID id, String type, String aggregateId, String payload,
            Object createdAt) {
        OutboxConfig.Destination target = config.destinations().get(destination);
        if (target == null) {
            return new Outcome(Kind.RETRY, "No URL configured for destination " + destination);
        }
        String token;
        try {
            token = tokens.bearer();
        } catch (ServiceTokens.Unavailable e) {
            Log.warnf("Event %s to %s waits: no service token (%s)", id, destination, e.getMessage());
            return new Outcome(Kind.RETRY, abbreviate("no service token: " + e.getMessage()));
        }
        try {
            EventEnvelope envelope = new EventEnvelope(id, type, aggregateId, toOffset(createdAt),
                    json.readTree(payload));
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", id.toString())
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(envelope)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(Kind.DELIVERED, null);
            }
            String error = "HTTP " + status + ": " + abbreviate(response.body());
            if (status == 401 || status == 403) {
                tokens.invalidate(token);
                Log.warnf("Event %s (%s) waits: %s refused this service's token: %s", id, type, destination, error);
                return new Outcome(Kind.RETRY, error);
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                Log.warnf("Event %s (%s) rejected by %s: %s", id, type, destination, error);
                return new Outcome(Kind.REJECTED, error);
            }
            return new Outcome(Kind.RETRY, error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.RETRY, "interrupted");
        } catch (Exception e) {
            Log.debugf("Delivery of %s to %s failed: %s", id, destination, e.toString());
            return new Outcome(Kind.RETRY, abbreviate(e.toString()));
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : (s.length() > 500 ? s.substring(0, 500) : s);
    }

    private enum Kind {
        DELIVERED, REJECTED, RETRY
    }

    private record Outcome(Kind kind, String error) {
    }
}
