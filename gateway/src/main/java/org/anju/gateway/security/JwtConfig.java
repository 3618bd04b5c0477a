package org.anju.gateway.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How the gateway issues tokens: issuer, audience, lifetimes and where its RS256 key pair comes from. */
@ConfigMapping(prefix = "anju.jwt")
public interface JwtConfig {

    /** The {@code iss} claim; every service verifies it ({@code mp.jwt.verify.issuer}). */
    @WithDefault("https://anju.local/gateway")
    String issuer();

    /** The {@code aud} claim; services may verify it ({@code mp.jwt.verify.audiences}). */
    @WithDefault("anju")
    String audience();

    /** Lifetime of an access token (users and API clients). */
    @WithDefault("PT15M")
    Duration accessTokenTtl();

    /** Lifetime of a refresh token; each use replaces it with a new one. */
    @WithDefault("P7D")
    Duration refreshTokenTtl();

    /** RSA private key, PKCS#8 PEM text (env ANJU_JWT_PRIVATE_KEY); wins over the location. */
    Optional<String> privateKey();

    /** RSA public key, X.509 PEM text (env ANJU_JWT_PUBLIC_KEY); optional, checked against the private key. */
    Optional<String> publicKey();

    /** File holding the PKCS#8 PEM private key (env ANJU_JWT_PRIVATE_KEY_LOCATION). */
    Optional<String> privateKeyLocation();

    /** File holding the X.509 PEM public key (env ANJU_JWT_PUBLIC_KEY_LOCATION). */
    Optional<String> publicKeyLocation();

    /** The development key pair used when no key is configured. */
    @WithName("dev-key")
    DevKey devKey();

    /** A key pair generated on first start into a file outside the repository; development and demo only. */
    interface DevKey {

        /** Generate (or reuse) the development key when no key is configured; never in production. */
        @WithDefault("false")
        boolean generate();

        /** Where the generated private key is kept (PKCS#8 PEM, mode 600). */
        @WithDefault("${user.home}/.anju/gateway-dev-jwt-private.pem")
        String file();
    }
}
