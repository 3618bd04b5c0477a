package org.anju.gateway.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public half of the signing key as a JWK Set, so every service can verify the gateway's tokens. */
@Path("/.well-known/jwks.json")
@PermitAll
@Tag(name = "Auth", description = "登录与令牌 Login and tokens")
public class JwksResource {

    public static final String MEDIA_TYPE = "application/jwk-set+json";
    private static final String EXAMPLE = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"1Q0n…\",\"use\":\"sig\","
            + "\"alg\":\"RS256\",\"n\":\"tq3…\",\"e\":\"AQAB\"}]}";

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({ MEDIA_TYPE, "application/json" })
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "getJwks", summary = "Public keys that verify the gateway's tokens (JWK Set, RFC 7517)",
            description = "Point `mp.jwt.verify.publickey.location` of every service here. 验证令牌签名的公钥。")
    @APIResponse(responseCode = "200", description = "The JWK Set",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(implementation = JwkSet.class),
                    examples = @ExampleObject(name = "jwks", value = EXAMPLE)))
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.jwks(), MEDIA_TYPE).cacheControl(cache).build();
    }
}
