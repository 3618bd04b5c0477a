package org.anju.gateway.compose;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.quarkus.logging.Log;

/** Parallel calls to the services, each with its own timeout and fallback; remembers which service failed. */
final class Parts {

    /** Overall cut for one branch, above the clients' own timeouts and retry. */
    static final long CUT_MILLIS = 5_000;

    private final Executor executor;
    private final Set<String> unavailable = new TreeSet<>();

    Parts(Executor executor) {
        this.executor = executor;
    }

    /** Starts a call; a failure or timeout yields empty and marks the service unavailable. */
    <T> CompletableFuture<Optional<T>> start(String service, Supplier<Optional<T>> call) {
        return CompletableFuture.supplyAsync(call, executor)
                .orTimeout(CUT_MILLIS, TimeUnit.MILLISECONDS)
                .exceptionally(e -> {
                    failed(service, e);
                    return Optional.empty();
                });
    }

    synchronized void failed(String service, Throwable e) {
        Log.warnf("%s unavailable for a composed answer: %s", service, e.toString());
        unavailable.add(service);
    }

    synchronized Set<String> unavailable() {
        return new TreeSet<>(unavailable);
    }

    static <T> Optional<T> join(CompletableFuture<Optional<T>> f) {
        return f.join();
    }
}
