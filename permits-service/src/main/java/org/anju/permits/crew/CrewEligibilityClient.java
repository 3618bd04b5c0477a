package org.anju.permits.crew;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.anju.common.security.ServiceTokens;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * The one way to ask registry-service whether a crew may take a job: bounded by a timeout, retried once, behind a
 * circuit breaker. A 404 (crew not registered) is an answer, not a failure: it neither trips the breaker nor retries.
 * Any other failure surfaces as {@link RegistryUnavailable}, so that nothing is ever issued on a guess; that includes
 * having no service token (the gateway is down), and a refused one, which is dropped so the retry fetches a new one.
 */
@ApplicationScoped
public class CrewEligibilityClient {

    private final RegistryApi api;
    private final ServiceTokens tokens;

    public CrewEligibilityClient(@RestClient RegistryApi api, ServiceTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** The registry's answer, or empty when the registry does not know the crew. */
    public Optional<CrewEligibility> eligibility(UUID crewId, LocalDate on) {
        try {
            return Optional.of(guarded(crewId, on));
        } catch (UnknownCrew e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            Log.warnf("registry-service eligibility for crew %s failed: %s", crewId, e.toString());
            throw new RegistryUnavailable(e);
        }
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = UnknownCrew.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = UnknownCrew.class)
    CrewEligibility guarded(UUID crewId, LocalDate on) {
        try {
            return api.eligibility(crewId, on);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                throw new UnknownCrew();
            }
            if (status == 401) {
                tokens.forget();
            }
            throw e;
        }
    }

    /** The registry answered 404 for the crew. */
    static class UnknownCrew extends RuntimeException {
        UnknownCrew() {
            super("crew not registered", null, false, false);
        }
    }

    /** The registry could not be asked (down, slow, breaker open, 5xx). */
    public static class RegistryUnavailable extends RuntimeException {
        public RegistryUnavailable(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
