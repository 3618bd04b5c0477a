package org.anju.gateway.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.anju.gateway.webhook.WebhookDeliveries.Line;
import org.anju.gateway.webhook.WebhookDeliveries.Outcome;
import org.anju.gateway.webhook.WebhookDeliveries.Pending;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued deliveries, signed, in order per subscription: a subscriber that fails holds back its own later
 * deliveries (retried with backoff, see {@link RetryPolicy}), never another subscriber's, and subscribers are served
 * side by side. Like common's OutboxRelay, only one gateway instance relays at a time (a PostgreSQL advisory lock);
 * unlike it, the lock is held by its own connection rather than by one long transaction, so each attempt is committed
 * as soon as it is made and no transaction stays open while a subscriber takes its time to answer.
 */
@ApplicationScoped
public class WebhookRelay {

    /** Advisory lock key, "anjuhook" in ASCII (OutboxRelay's is "anjuout"). */
    static final long LOCK_KEY = 0x616e6a75686f6f6bL;
    static final String USER_AGENT = "Anju-Webhooks/1.0";
    private static final int ERROR_CHARS = 300;

    private final AgroalDataSource dataSource;
    private final WebhookDeliveries deliveries;
    private final WebhookConfig config;
    private final WebhookSecrets secrets;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final ExecutorService senders;

    public WebhookRelay(AgroalDataSource dataSource, WebhookDeliveries deliveries, WebhookConfig config) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
        this.config = config;
        this.secrets = WebhookSecrets.of(config);
        this.retry = RetryPolicy.of(config);
        // no redirects: a subscriber cannot send the signed request somewhere it was not registered for
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.parallelism()), r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
    }

    void started(@Observes StartupEvent event) {
        if (!secrets.available()) {
            Log.warn("Webhooks are off: no anju.webhooks.secret-key (ANJU_WEBHOOK_SECRET_KEY) is configured to keep "
                    + "subscribers' secrets; registering a subscription answers 503");
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(every = "${anju.webhooks.poll:2s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        relay();
    }

    /** One pass over the due deliveries; returns how many were delivered. Only one instance relays at a time. */
    public int relay() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(?)")) {
                return 0;
            }
            try {
                return pass();
            } finally {
                advisory(lock, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            Log.warnf("Webhook relay skipped a pass: %s", e.getMessage());
            return 0;
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private int pass() {
        List<Future<Integer>> lines = new ArrayList<>();
        for (Line line : deliveries.due(config.batchSize())) {
            lines.add(senders.submit(() -> send(line)));
        }
        int delivered = 0;
        for (Future<Integer> line : lines) {
            try {
                delivered += line.get();
            } catch (ExecutionException e) {
                Log.warnf(e.getCause(), "A webhook line failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return delivered;
    }

    /** Sends one subscription's line in order, stopping at the first delivery that is not acknowledged. */
    private int send(Line line) {
        String secret;
        try {
            secret = secrets.decrypt(line.subscriptionId(), line.secretCipher());
        } catch (RuntimeException e) {
            Pending head = line.deliveries().get(0);
            OffsetDateTime now = now();
            deliveries.record(line.subscriptionId(), head, new Outcome("FAILED", null,
                    abbreviate("Cannot sign: " + e.getMessage()), 0, now), now.plus(retry.delayAfter(head.failures() + 1)));
            return 0;
        }
        int delivered = 0;
        for (Pending d : line.deliveries()) {
            Outcome outcome = attempt(line.url(), secret, d);
            boolean goOn = deliveries.record(line.subscriptionId(), d, outcome,
                    outcome.at().plus(retry.delayAfter(d.failures() + 1)));
            if ("DELIVERED".equals(outcome.kind())) {
                delivered++;
            }
            if (!goOn) {
                break;
            }
        }
        return delivered;
    }

    private Outcome attempt(String url, String secret, Pending d) {
        OffsetDateTime at = now();
        long timestamp = at.toEpochSecond();
        long start = System.nanoTime();
        try {
            if (!config.allowPrivateAddresses()) {
                Optional<InetAddress> refused = OutboundAddresses.resolvesToForbidden(url);
                if (refused.isPresent()) {
                    // nothing is sent: the name now points into the gateway's own network
                    return new Outcome("FAILED", null, abbreviate("Refused: " + URI.create(url).getHost()
                            + " resolves to " + refused.get().getHostAddress() + ", not a public internet address"),
                            millisSince(start), at);
                }
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", USER_AGENT)
                    .header(Signature.ID_HEADER, d.eventId().toString())
                    .header(Signature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(Signature.SIGNATURE_HEADER, Signature.header(secret, timestamp, d.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer = head(response.body());
            int status = response.statusCode();
            long ms = millisSince(start);
            if (status >= 200 && status < 300) {
                return new Outcome("DELIVERED", status, null, ms, at);
            }
            return new Outcome(status == 410 ? "GONE" : "FAILED", status, abbreviate("HTTP " + status + ": " + answer),
                    ms, at);
        } catch (HttpTimeoutException e) {
            return new Outcome("FAILED", null, "No answer within " + config.timeout().toMillis() + " ms",
                    millisSince(start), at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("FAILED", null, "Interrupted", millisSince(start), at);
        } catch (IOException | RuntimeException e) {
            Log.debugf("Webhook delivery %s to %s failed: %s", d.id(), url, e.toString());
            return new Outcome("FAILED", null, abbreviate(e.toString()), millisSince(start), at);
        }
    }

    /** The start of an answer's body, for the attempt record; the rest is not read. */
    private static String head(InputStream body) {
        try (InputStream in = body) {
            return new String(in.readNBytes(ERROR_CHARS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    private static String abbreviate(String s) {
        return s == null ? null : (s.length() > 500 ? s.substring(0, 500) : s);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
