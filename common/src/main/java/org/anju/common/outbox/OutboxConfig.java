package org.anju.common.outbox;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where and how this service delivers its outbox events. */
@ConfigMapping(prefix = "anju.outbox")
public interface OutboxConfig {

    /** Receivers by destination name (e.g. {@code permits}); an event for an unknown destination waits. */
    Map<String, Destination> destinations();

    /** How often the relay looks for due events (a duration such as {@code 2s}, or {@code off}). */
    @WithDefault("2s")
    String poll();

    /** How long one delivery may take before it counts as failed. */
    @WithDefault("5s")
    Duration timeout();

    /** The longest wait between two attempts at the same event. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** How many events one relay pass takes. */
    @WithDefault("100")
    int batchSize();

    /** One receiving service. */
    interface Destination {
        /** The URL events are POSTed to, e.g. {@code http://localhost:8081/api/v1/events}. */
        String url();
    }
}
