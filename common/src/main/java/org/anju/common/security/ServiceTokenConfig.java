package org.anju.common.security;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where this service gets the token it shows other Anju services (client credentials at the gateway). */
@ConfigMapping(prefix = "anju.service-token")
public interface ServiceTokenConfig {

    /** {@code gateway} (the gateway's token endpoint), or {@code local-test-key} (tests only: signed here). */
    @WithDefault("gateway")
    Source source();

    /** The gateway's OAuth 2.0 token endpoint. */
    @WithDefault("${ANJU_GATEWAY_URL:http://localhost:8080}/api/v1/auth/token")
    URI tokenUrl();

    /** This service's client id at the gateway. */
    @WithDefault("${quarkus.application.name}")
    String clientId();

    /** This service's client secret (environment {@code ANJU_SERVICE_CLIENT_SECRET}). */
    Optional<String> clientSecret();

    /**
     * Whether {@link ServiceTokens#DEV_SECRET} stands in for a missing secret: dev, test and demo-data runs only
     * (DEVELOPMENT ONLY; a real deployment sets the secret and leaves this off).
     */
    @WithDefault("false")
    boolean devSecretAllowed();

    /** A token is renewed this long before it expires. */
    @WithDefault("60s")
    Duration renewBefore();

    /** How long a request to the token endpoint may take. */
    @WithDefault("3s")
    Duration timeout();

    /** Where tokens come from. */
    enum Source {
        /** POST client credentials to the gateway's token endpoint. */
        GATEWAY,
        /** Sign locally with the test-only key ({@code smallrye.jwt.sign.key.location}); refused outside tests. */
        LOCAL_TEST_KEY
    }
}
