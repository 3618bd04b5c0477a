package org.anju.gateway.security;

import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/** The gateway's RS256 key pair, its key id (RFC 7638 thumbprint) and its public JWK Set; fails start-up without one. */
@Startup
@ApplicationScoped
public class SigningKeys {

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private final String jwks;

    public SigningKeys(@ConfigProperty(name = SigningKeyConfigSourceFactory.SIGN_KEY) Optional<String> signKey,
            @ConfigProperty(name = SigningKeyConfigSourceFactory.VERIFY_KEY) Optional<String> verifyKey) {
        if (signKey.isEmpty() || verifyKey.isEmpty()) {
            throw new IllegalStateException("No JWT signing key: set ANJU_JWT_PRIVATE_KEY (PKCS#8 PEM) or "
                    + "ANJU_JWT_PRIVATE_KEY_LOCATION, or ANJU_JWT_DEV_KEY_GENERATE=true on a development machine");
        }
        this.privateKey = SigningKeyMaterial.parsePrivate(signKey.get());
        this.publicKey = SigningKeyMaterial.derivePublic(privateKey);
        if (!SigningKeyMaterial.parsePublic(verifyKey.get()).equals(publicKey)) {
            throw new IllegalStateException("mp.jwt.verify.publickey does not match the signing key");
        }
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        this.keyId = jwk.calculateBase64urlEncodedThumbprint("SHA-256");
        jwk.setKeyId(keyId);
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        this.jwks = new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        Log.infof("JWT signing key %s loaded", keyId);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The public JWK Set as JSON text, built once. */
    public String jwks() {
        return jwks;
    }
}
