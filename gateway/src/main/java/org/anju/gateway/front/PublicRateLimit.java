package org.anju.gateway.front;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Public certificate verification answers anyone without an account, and certificate numbers are sequential: a
 * per-client budget (a token bucket per remote address: {@code burst} at once, then {@code per-minute}) lets a villager
 * check as often as a person would and stops a script from walking every number. Over budget: 429 problem+json with
 * Retry-After. Applies to {@code /api/v1/documents/…} and the {@code /verify/…} page only.
 */
@ApplicationScoped
public class PublicRateLimit {

    /** Clients remembered at most; beyond that the idle ones are forgotten (a full bucket is the same as none). */
    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double burst;
    private final ObjectMapper json;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public PublicRateLimit(@ConfigProperty(name = "anju.public.rate-limit.per-minute", defaultValue = "30") int perMinute,
            @ConfigProperty(name = "anju.public.rate-limit.burst", defaultValue = "30") int burst, ObjectMapper json) {
        this.perSecond = perMinute / 60.0;
        this.burst = burst;
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("/(api/v1/documents|verify)/.*").order(-20).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String client = rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress();
        long wait = take(client, System.nanoTime());
        if (wait == 0) {
            rc.next();
            return;
        }
        Problem problem = new Problem(ProblemTypes.uri("rate-limited"), "查询过于频繁 / Too many requests", 429,
                "Public verification allows " + Math.round(perSecond * 60) + " requests a minute per client; try again "
                        + "in " + wait + " s", rc.request().path(), "查询过于频繁，请稍后再试", "Too many requests", null,
                null, Map.of("retryAfterSeconds", wait));
        try {
            rc.response().setStatusCode(429).putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", Long.toString(wait)).end(json.writeValueAsString(problem));
        } catch (Exception e) {
            rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(wait)).end();
        }
    }

    /** Takes one token for the client: 0 when there was one, else the whole seconds until there is. */
    long take(String client, long nanos) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.full(nanos));
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, nanos));
        synchronized (b) {
            b.refill(nanos);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
        }
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long nanos) {
            tokens = Math.min(burst, tokens + (nanos - at) / 1e9 * perSecond);
            at = nanos;
        }

        synchronized boolean full(long nanos) {
            return tokens + (nanos - at) / 1e9 * perSecond >= burst;
        }
    }
}
