package org.anju.gateway.webhook;

import java.time.Duration;

/**
 * When to try a failed delivery again: {@code base × 2^(failures − 1)}, capped at {@code max}, and never giving up
 * while the subscription is active: a subscriber that comes back after a day is tried again within {@code max}, and
 * then gets every event it missed, in order. A county admin who no longer wants them pauses or deletes the subscription.
 */
public record RetryPolicy(Duration base, Duration max) {

    public RetryPolicy {
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff base must be >= 0 and max >= base");
        }
    }

    public static RetryPolicy of(WebhookConfig config) {
        return new RetryPolicy(config.backoffBase(), config.maxBackoff());
    }

    /** The wait after the {@code failures}-th consecutive failed attempt (1 for the first). */
    public Duration delayAfter(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
