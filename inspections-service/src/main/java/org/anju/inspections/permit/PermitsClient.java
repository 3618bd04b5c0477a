package org.anju.inspections.permit;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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

    /** The problem to answer when permits-service cannot be reached (after retries, or with the breaker open). */
    public static ProblemException unavailable(Throwable cause) {
        return new ProblemException(503, "permits-unavailable", "许可服务暂不可用", "permits-service unavailable",
                "The permit's site position and stage could not be read from permits-service (" + cause.getClass()
                        .getSimpleName() + "); nothing was recorded, try again later");
    }
}
