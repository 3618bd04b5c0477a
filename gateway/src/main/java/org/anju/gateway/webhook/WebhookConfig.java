package org.anju.gateway.webhook;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway delivers webhooks: polling, timeouts, backoff, and the key that keeps subscribers' secrets. */
@ConfigMapping(prefix = "anju.webhooks")
public interface WebhookConfig {

    /** How often the relay looks for due deliveries (a duration such as {@code 2s}, or {@code off}). */
    @WithDefault("2s")
    String poll();

    /** How long one attempt may take (connect and answer) before it counts as failed. */
    @WithDefault("10s")
    Duration timeout();

    /** The wait after the first failed attempt; it doubles with each further failure. */
    @WithDefault("10s")
    Duration backoffBase();

    /**
     * The longest wait between two attempts. Attempts never stop while the subscription is active, so a subscriber
     * that was down for a day (or a week) gets every event, in order, within this long of coming back.
     */
    @WithDefault("10m")
    Duration maxBackoff();

    /** How many deliveries of one subscription one relay pass sends at most. */
    @WithDefault("50")
    int batchSize();

    /** How many subscribers one relay pass sends to at the same time (each in its own order). */
    @WithDefault("4")
    int parallelism();

    /**
     * AES key (base64 of 16, 24 or 32 bytes; env ANJU_WEBHOOK_SECRET_KEY) that encrypts the subscribers' signing
     * secrets at rest. Keep it out of the database's backups' reach; changing it makes stored secrets unreadable.
     */
    Optional<String> secretKey();

    /**
     * Without a configured key, use the built-in development key, which is public (it is in the source code):
     * development, tests and demo data only; elsewhere webhooks answer 503 until a key is configured.
     */
    @WithDefault("false")
    boolean developmentKey();

    /**
     * Allow subscribers at loopback, link-local and private addresses (see {@link OutboundAddresses}): development,
     * tests and demo data only, where the subscriber runs on the same machine.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
