package org.anju.inspections.permit;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * The one way to ask permits-service: timeout, retry and circuit breaker live here, and an unknown permit (404) is an
 * answer, not a failure, so it neither retries nor opens the breaker.
 */
@ApplicationScoped
public class PermitsClient {

    private final PermitsApi api;

    public PermitsClient(@RestClient PermitsApi api) {
        this.api = api;
    }

    /** The permit's site, empty when permits-service does not know the permit. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<PermitSite> site(UUID permitId) {
        try {
            return Optional.ofNullable(api.site(permitId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            Log.debugf("permits-service answered %d for permit %s", e.getResponse().getStatus(), permitId);
            throw e;
        }
    }

    /**
     * One page of the township's mandatory visits due on or before {@code on}, by due date. A list read: cut at the
     * timeout (1.5 s, inside the REST client's 2 s read timeout) and not retried after it, because a slow permits
     * service stays slow; a refused connection or a 5xx is retried once. 400 on a cursor the caller handed in is the
     * caller's mistake (400 on {@code cursor}); any other 4xx means the two services disagree on the contract (503).
     * Neither opens the breaker.
     */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ProblemException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public PermitVisitsDue visitsDue(String township, String on, String cursor, int limit) {
        try {
            PermitVisitsDue page = api.visitsDue(township, on, cursor, limit);
            if (page == null || page.items() == null) {
                throw unavailable("permits-service answered the visits due without items");
            }
            return page;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 400 && cursor != null) {
                throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                        "cursor is not one this list handed out", "分页游标无效"));
            }
            if (status >= 400 && status < 500) {
                Log.warnf("permits-service refused the visits due of %s with %d", township, status);
                throw unavailable("permits-service refused the list of visits due (HTTP " + status + ")");
            }
            throw e;
        }
    }

    /** The problem to answer when permits-service cannot be reached (after retries, or with the breaker open). */
    public static ProblemException unavailable(Throwable cause) {
        return new ProblemException(503, "permits-unavailable", "许可服务暂不可用", "permits-service unavailable",
                "The permit's site position and stage could not be read from permits-service (" + cause.getClass()
                        .getSimpleName() + "); nothing was recorded, try again later");
    }

    /** 503 for a read that permits-service could not answer; {@code detail} says which and why. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "permits-unavailable", "许可服务暂不可用", "permits-service unavailable",
                detail + "; try again later");
    }
}
