package org.anju.gateway.compose;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The gateway's resilient readers of the three services: every read goes through one guarded method per service, so
 * each service has one timeout, one retry policy (reads only: all of these are GETs), one circuit breaker and one
 * bulkhead. A 404 is an answer (empty), not a failure, and does not open the breaker.
 */
public final class ServiceClients {

    private ServiceClients() {
    }

    static Optional<JsonNode> absentOn404(java.util.function.Supplier<JsonNode> call) {
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
        public Optional<JsonNode> read(Function<ServiceApis.PermitsApi, JsonNode> call) {
            return absentOn404(() -> call.apply(api));
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
        public Optional<JsonNode> read(Function<ServiceApis.RegistryApi, JsonNode> call) {
            return absentOn404(() -> call.apply(api));
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
        public Optional<JsonNode> read(Function<ServiceApis.InspectionsApi, JsonNode> call) {
            return absentOn404(() -> call.apply(api));
        }
    }
}
