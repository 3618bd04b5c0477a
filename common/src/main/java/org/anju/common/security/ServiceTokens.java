package org.anju.common.security;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.jwt.build.Jwt;

/**
 * The bearer token this service shows other Anju services (outbox deliveries, crew eligibility): a client-credentials
 * token from the gateway, carrying group {@code service}, kept until shortly before it expires. In tests
 * ({@code anju.service-token.source=local-test-key}) the same claims are signed here with the test-only key.
 */
@ApplicationScoped
public class ServiceTokens {

    /** DEVELOPMENT ONLY secret of every service client, used only when {@code dev-secret-allowed} is on. */
    public static final String DEV_SECRET = "anju-dev-only-service-secret";
    private static final long LOCAL_LIFETIME_SECONDS = 300;

    private final ServiceTokenConfig config;
    private final ObjectMapper json;
    private final String issuer;
    private final String audience;
    private final String county;
    private final HttpClient http;
    private volatile Token current;

    @Inject
    public ServiceTokens(ServiceTokenConfig config, ObjectMapper json,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "https://anju.local/gateway") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "anju") List<String> audiences,
            @ConfigProperty(name = "anju.counties", defaultValue = "369901") List<String> counties) {
        this.config = config;
        this.json = json;
        this.issuer = issuer;
        this.audience = audiences.get(0);
        this.county = counties.get(0).trim();
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** Why there is no token: the gateway is down, refused the client, or nothing is configured. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** A valid access token (without {@code Bearer }); fetched when none is held or the held one is about to expire. */
    public String bearer() {
        Token t = current;
        if (t != null && Instant.now().isBefore(t.renewAt())) {
            return t.value();
        }
        synchronized (this) {
            t = current;
            if (t == null || !Instant.now().isBefore(t.renewAt())) {
                t = config.source() == ServiceTokenConfig.Source.LOCAL_TEST_KEY ? signLocally() : fetch();
                current = t;
            }
            return t.value();
        }
    }

    /** Forgets this token (a receiver refused it), so that the next {@link #bearer()} gets a fresh one. */
    public synchronized void invalidate(String token) {
        if (current != null && current.value().equals(token)) {
            current = null;
        }
    }

    /** Forgets whatever token is held, so that the next {@link #bearer()} gets a fresh one. */
    public synchronized void forget() {
        current = null;
    }

    private Token fetch() {
        String secret = config.clientSecret()
                .or(() -> config.devSecretAllowed() ? Optional.of(DEV_SECRET) : Optional.empty())
                .orElseThrow(() -> new Unavailable("No client secret for service client " + config.clientId()
                        + ": set ANJU_SERVICE_CLIENT_SECRET"));
        String basic = Base64.getEncoder().encodeToString((config.clientId() + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl())
                .timeout(config.timeout())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("Token endpoint " + config.tokenUrl() + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while asking " + config.tokenUrl() + " for a token");
        }
        if (response.statusCode() != 200) {
            String body = response.body() == null ? "" : response.body();
            throw new Unavailable("Token endpoint " + config.tokenUrl() + " answered " + response.statusCode() + ": "
                    + (body.length() > 300 ? body.substring(0, 300) : body));
        }
        try {
            JsonNode answer = json.readTree(response.body());
            String token = answer.path("access_token").asText(null);
            long expiresIn = answer.path("expires_in").asLong(0);
            if (token == null || token.isBlank() || expiresIn <= 0) {
                throw new Unavailable("Token endpoint " + config.tokenUrl() + " answered without access_token "
                        + "or expires_in");
            }
            Log.debugf("Service token for %s obtained, valid %d s", config.clientId(), expiresIn);
            return Token.of(token, expiresIn, config.renewBefore());
        } catch (IOException e) {
            throw new Unavailable("Token endpoint " + config.tokenUrl() + " answered no JSON: " + e.getMessage());
        }
    }

    private Token signLocally() {
        if (LaunchMode.current() != LaunchMode.TEST) {
            throw new Unavailable("anju.service-token.source=local-test-key is for tests only; use gateway");
        }
        long now = Instant.now().getEpochSecond();
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(config.clientId())
                .upn(config.clientId())
                .groups(Role.SERVICE_GROUP)
                .claim(Caller.COUNTY_CLAIM, county)
                .claim(Caller.TOWNSHIPS_CLAIM, List.of())
                .claim("client_id", config.clientId())
                .issuedAt(now)
                .expiresAt(now + LOCAL_LIFETIME_SECONDS)
                .sign();
        return Token.of(token, LOCAL_LIFETIME_SECONDS, config.renewBefore());
    }

    /** Renewed {@code renewBefore} ahead of expiry, or halfway through a lifetime shorter than twice that. */
    static Instant renewAt(Instant now, long expiresIn, Duration renewBefore) {
        return now.plusSeconds(expiresIn - Math.min(renewBefore.toSeconds(), expiresIn / 2));
    }

    private record Token(String value, Instant renewAt) {

        static Token of(String value, long expiresIn, Duration renewBefore) {
            return new Token(value, ServiceTokens.renewAt(Instant.now(), expiresIn, renewBefore));
        }
    }
}
