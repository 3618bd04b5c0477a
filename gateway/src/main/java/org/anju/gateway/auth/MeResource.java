package org.anju.gateway.auth;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** Who the presented token speaks for, as the web app needs it after login. */
@Path("/api/v1/auth/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "登录与令牌 Login and tokens")
public class MeResource {

    private final Caller user;

    public MeResource(Caller user) {
        this.user = user;
    }

    /** The caller's identity from the token's claims. */
    @Schema(name = "Me", requiredProperties = { "username", "roles", "county", "townships" })
    public record Me(@Schema(examples = "inspector.chengguan") String username, List<Role> roles,
            @Schema(examples = "369901") String county,
            @Schema(examples = "[\"369901100000\"]") List<String> townships) {
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller's user name, roles, county and townships (当前用户)")
    @APIResponse(responseCode = "200", description = "From the access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me me() {
        return new Me(user.user(), user.roles().stream().sorted().toList(), user.county().orElse(null), user.townships().stream().sorted().toList());
    }
}
