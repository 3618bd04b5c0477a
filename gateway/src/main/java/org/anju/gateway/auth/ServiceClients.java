package org.anju.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.anju.common.security.Role;
import org.anju.common.security.ServiceTokenConfig;
import org.anju.common.security.ServiceTokens;
import org.anju.gateway.security.TokenIssuer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The other Anju services as OAuth clients: each proves its configured secret with the client-credentials grant and
 * gets a token with group {@code service} and the county, no townships. Their secrets are configuration, not rows:
 * they exist in every deployment and are rotated with the services' own environment. Service tokens carry the first
 * county this deployment serves ({@code anju.counties}).
 */
@ApplicationScoped
public class ServiceClients {

    private final Map<String, byte[]> secrets = new TreeMap<>();
    private final List<String> off;
    private final String county;

    public ServiceClients(ServiceClientConfig config, ServiceTokenConfig tokens,
            @ConfigProperty(name = "anju.counties", defaultValue = "369901") List<String> counties) {
        List<String> without = new ArrayList<>();
        config.clients().forEach((id, client) -> {
            Optional<String> secret = client.secret()
                    .or(() -> tokens.devSecretAllowed() ? Optional.of(ServiceTokens.DEV_SECRET) : Optional.empty());
            if (secret.isPresent()) {
                secrets.put(id, digest(secret.get()));
            } else {
                without.add(id);
            }
        });
        this.off = List.copyOf(without);
        this.county = counties.get(0).trim();
    }

    void report(@Observes StartupEvent event) {
        Log.infof("Service clients that may get service tokens: %s", secrets.keySet());
        if (!off.isEmpty()) {
            Log.warnf("Service clients without a secret, so they get no token and cannot deliver events: %s "
                    + "(set ANJU_SERVICE_SECRET_<SERVICE> here and ANJU_SERVICE_CLIENT_SECRET in that service)", off);
        }
    }

    /** Whether this client id names one of the services (then it is never looked up among the API clients). */
    public boolean isService(String clientId) {
        return secrets.containsKey(clientId) || off.contains(clientId);
    }

    /** Whom the token speaks for, when the secret is this service's; empty when it is not (or the client is off). */
    public Optional<TokenIssuer.Subject> authenticate(String clientId, String secret) {
        byte[] expected = secrets.get(clientId);
        byte[] presented = digest(secret == null ? "" : secret);
        // compared as digests in constant time, so neither the length nor a common prefix of the secret shows
        if (expected == null || !MessageDigest.isEqual(expected, presented)) {
            return Optional.empty();
        }
        return Optional.of(new TokenIssuer.Subject(clientId, clientId, List.of(Role.SERVICE), county, List.of(),
                clientId));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
