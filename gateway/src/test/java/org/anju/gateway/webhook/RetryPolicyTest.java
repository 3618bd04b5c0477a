package org.anju.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy defaults = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void waitsDoubleFromTheBaseUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(10), defaults.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), defaults.delayAfter(2));
        assertEquals(Duration.ofSeconds(320), defaults.delayAfter(6));
        assertEquals(Duration.ofMinutes(10), defaults.delayAfter(7));
        assertEquals(Duration.ofMinutes(10), defaults.delayAfter(10_000));
    }

    @Test
    void aSubscriberDownForADayIsStillTriedAndWithinTheMaximumOfComingBack() {
        Duration elapsed = Duration.ZERO;
        int failures = 0;
        while (elapsed.compareTo(Duration.ofDays(1)) < 0) {
            failures++;
            Duration wait = defaults.delayAfter(failures);
            assertTrue(wait.compareTo(Duration.ofMinutes(10)) <= 0);
            elapsed = elapsed.plus(wait);
        }
        // about 150 attempts in the day, and the policy has no last one
        assertTrue(failures > 140 && failures < 160, "attempts in a day: " + failures);
        assertEquals(Duration.ofMinutes(10), defaults.delayAfter(failures + 1));
    }
}
