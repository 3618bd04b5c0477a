package org.anju.gateway.compose;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The gateway's resilient clients of the three services: timeout, retry (reads only), circuit breaker and bulkhead
 * on every call; a 404 is an answer (empty), not a failure, and does not open the breaker.
 */
public final class ServiceClients {

    private ServiceClients() {
    }

    static <T> Optional<T> absentOn404(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** permits-service. */
    @ApplicationScoped
    public static class Permits {
        private final ServiceApis.PermitsApi api;

        public Permits(@RestClient ServiceApis.PermitsApi api) {
            this.api = api;
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> counts(String auth) {
            return absentOn404(() -> api.counts(auth));
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> overdue(String auth, String township) {
            return absentOn404(() -> api.overdue(auth, township, 100));
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> get(String auth, String what, UUID id) {
            return absentOn404(() -> switch (what) {
                case "household" -> api.household(auth, id);
                case "permit" -> api.permit(auth, id);
                case "history" -> api.history(auth, id);
                case "site" -> api.site(auth, id);
                case "permitsOfHousehold" -> api.permitsOfHousehold(auth, id, 5);
                default -> throw new IllegalArgumentException(what);
            });
        }
    }

    /** registry-service. */
    @ApplicationScoped
    public static class Registry {
        private final ServiceApis.RegistryApi api;

        public Registry(@RestClient ServiceApis.RegistryApi api) {
            this.api = api;
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> get(String auth, String what, UUID id) {
            return absentOn404(() -> switch (what) {
                case "crew" -> api.crew(auth, id);
                case "eligibility" -> api.eligibility(auth, id);
                default -> throw new IllegalArgumentException(what);
            });
        }
    }

    /** inspections-service. */
    @ApplicationScoped
    public static class Inspections {
        private final ServiceApis.InspectionsApi api;

        public Inspections(@RestClient ServiceApis.InspectionsApi api) {
            this.api = api;
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> visits(String auth, UUID permitId) {
            return absentOn404(() -> api.visits(auth, permitId, 100));
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> visitsOfTownship(String auth, String township, String view) {
            return absentOn404(() -> api.visitsOfTownship(auth, township, view, 100));
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> overdueNotices(String auth, String township) {
            return absentOn404(() -> api.overdueNotices(auth, township, true, 100));
        }

        @Timeout(value = 2, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
        @Bulkhead(20)
        public Optional<JsonNode> notices(String auth, String township) {
            return absentOn404(() -> api.notices(auth, township, 100));
        }
    }
}
