package org.anju.gateway.security;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of the JWK Set (RFC 7517); the body itself is written by jose4j. */
@Schema(name = "JwkSet", requiredProperties = "keys")
public record JwkSet(List<Jwk> keys) {

    /** One RSA public key. */
    @Schema(name = "Jwk", requiredProperties = { "kty", "kid", "n", "e" })
    public record Jwk(@Schema(examples = "RSA") String kty, @Schema(description = "RFC 7638 thumbprint") String kid,
            @Schema(examples = "sig") String use, @Schema(examples = "RS256") String alg,
            @Schema(description = "Modulus, base64url") String n, @Schema(examples = "AQAB") String e) {
    }
}
