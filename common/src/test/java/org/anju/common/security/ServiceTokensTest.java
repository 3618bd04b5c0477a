package org.anju.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** When a held service token is renewed, without Quarkus. */
class ServiceTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void aGatewayTokenIsRenewedAMinuteBeforeItExpires() {
        assertEquals(NOW.plusSeconds(840), ServiceTokens.renewAt(NOW, 900, Duration.ofSeconds(60)));
    }

    @Test
    void aShortLivedTokenIsRenewedHalfwayRatherThanAtOnce() {
        assertEquals(NOW.plusSeconds(30), ServiceTokens.renewAt(NOW, 60, Duration.ofSeconds(60)));
        assertEquals(NOW.plusSeconds(1), ServiceTokens.renewAt(NOW, 1, Duration.ofSeconds(60)));
    }
}
