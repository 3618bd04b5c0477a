package org.anju.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The lockout rule without Quarkus. */
class LockoutTest {

    private final Lockout lockout = new Lockout(5, Duration.ofMinutes(15));
    private final OffsetDateTime now = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");

    @Test
    void lockedOnlyWhileLockedUntilLiesAhead() {
        assertFalse(lockout.isLocked(null, now));
        assertTrue(lockout.isLocked(now.plusSeconds(1), now));
        assertFalse(lockout.isLocked(now, now));
        assertFalse(lockout.isLocked(now.minusMinutes(1), now));
    }

    @Test
    void aLockLastsTheConfiguredDuration() {
        assertEquals(now.plusMinutes(15), lockout.lockUntil(now));
    }
}
