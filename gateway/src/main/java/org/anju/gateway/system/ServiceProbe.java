package org.anju.gateway.system;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks each downstream service whether it is ready, each call on its own with a timeout and a circuit breaker, so
 * one slow or dead service costs at most its own timeout and is reported DOWN rather than failing the answer.
 */
@ApplicationScoped
public class ServiceProbe {

    private final Downstream.Registry registry;
    private final Downstream.Permits permits;
    private final Downstream.Inspections inspections;

    public ServiceProbe(@RestClient Downstream.Registry registry, @RestClient Downstream.Permits permits,
            @RestClient Downstream.Inspections inspections) {
        this.registry = registry;
        this.permits = permits;
        this.inspections = inspections;
    }

    @Asynchronous
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "registryDown")
    public CompletionStage<ServiceStatus> registry() {
        return CompletableFuture.completedFuture(check("registry", registry::ready));
    }

    @Asynchronous
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "permitsDown")
    public CompletionStage<ServiceStatus> permits() {
        return CompletableFuture.completedFuture(check("permits", permits::ready));
    }

    @Asynchronous
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "inspectionsDown")
    public CompletionStage<ServiceStatus> inspections() {
        return CompletableFuture.completedFuture(check("inspections", inspections::ready));
    }

    CompletionStage<ServiceStatus> registryDown(Throwable t) {
        return down("registry", t);
    }

    CompletionStage<ServiceStatus> permitsDown(Throwable t) {
        return down("permits", t);
    }

    CompletionStage<ServiceStatus> inspectionsDown(Throwable t) {
        return down("inspections", t);
    }

    private static ServiceStatus check(String name, Supplier<Response> call) {
        long start = System.nanoTime();
        int status;
        try (Response response = call.get()) {
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (status == 200) {
            return new ServiceStatus(name, ServiceStatus.State.UP, millis, null);
        }
        // A not-ready answer is a failure for the breaker too: a service that keeps saying 503 is not called in a loop.
        throw new IllegalStateException(name + " answered HTTP " + status + " to its readiness check");
    }

    private static CompletionStage<ServiceStatus> down(String name, Throwable t) {
        String reason = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return CompletableFuture.completedFuture(new ServiceStatus(name, ServiceStatus.State.DOWN, -1, reason));
    }
}
