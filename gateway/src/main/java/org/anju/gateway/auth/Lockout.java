package org.anju.gateway.auth;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The lockout rule: an account is locked while {@code lockedUntil} lies in the future. */
public record Lockout(int maxFailures, Duration lockDuration) {

    public boolean isLocked(OffsetDateTime lockedUntil, OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Until when the failure that reaches {@link #maxFailures} locks the account. */
    public OffsetDateTime lockUntil(OffsetDateTime now) {
        return now.plus(lockDuration);
    }
}
