package org.anju.gateway.security;

import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Puts the resolved signing key pair into configuration under the standard names, so that the gateway verifies its
 * own tokens with plain {@code quarkus-smallrye-jwt} ({@code mp.jwt.verify.publickey}) and signs with
 * {@code smallrye.jwt.sign.key}, whichever way the key was given (PEM text, PEM file or a generated dev key).
 */
public class SigningKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String SIGN_KEY = "smallrye.jwt.sign.key";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<KeyPair> keys = SigningKeyMaterial.resolve(name -> {
            ConfigValue value = context.getValue(name);
            return value == null || value.getValue() == null || value.getValue().isBlank() ? Optional.empty()
                    : Optional.of(value.getValue());
        });
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, String> properties = new HashMap<>();
        properties.put(SIGN_KEY, SigningKeyMaterial.pem(keys.get().getPrivate()));
        properties.put(VERIFY_KEY, SigningKeyMaterial.pem(keys.get().getPublic()));
        return List.of(new PropertiesConfigSource(properties, "anju-jwt-signing-key", 240));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(240);
    }
}
