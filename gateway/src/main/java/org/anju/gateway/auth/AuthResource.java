package org.anju.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login, token refresh, logout and the OAuth 2.0 client-credentials grant; anyone may call them. */
@Path("/api/v1/auth")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "登录与令牌 Login and tokens")
public class AuthResource {

    private final LoginService login;

    public AuthResource(LoginService login) {
        this.login = login;
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "login", summary = "Log in with user name and password (登录)",
            description = "Answers a 15-minute RS256 access token and a single-use refresh token. Five wrong "
                    + "passwords in a row lock the account for 15 minutes.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong user name or password (invalid-credentials), account "
            + "locked (account-locked, with lockedUntil) or disabled (account-disabled)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response login(@NotNull @Valid AuthRequests.Login request) {
        return answer(login.login(request.username(), request.password()));
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "refreshTokens", summary = "Swap a refresh token for new tokens (刷新令牌)",
            description = "The refresh token is single-use: the answer carries a new one. Presenting a used one "
                    + "again revokes every token of that login.")
    @APIResponse(responseCode = "200", description = "New access and refresh tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, used or revoked refresh token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response refresh(@NotNull @Valid AuthRequests.Refresh request) {
        return answer(login.refresh(request.refreshToken()));
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "logout", summary = "End a login: revoke its refresh tokens (退出登录)",
            description = "Idempotent. Access tokens already handed out stay valid until they expire (15 minutes).")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logout(@NotNull @Valid AuthRequests.Refresh request) {
        login.logout(request.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "token", summary = "OAuth 2.0 token endpoint for bureau systems (接口客户端令牌)",
            description = "grant_type=client_credentials with client_id and client_secret in the form or in HTTP "
                    + "Basic authentication (RFC 6749 section 4.4); grant_type=refresh_token with refresh_token. "
                    + "Refusals are problem+json that also carry the OAuth `error` code.")
    @APIResponse(responseCode = "200", description = "An access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret (error invalid_client), or "
            + "bad refresh token (error invalid_grant)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @FormParam("refresh_token") String refreshToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if ("refresh_token".equals(grantType)) {
            return answer(login.refresh(refreshToken));
        }
        if (!"client_credentials".equals(grantType)) {
            throw ProblemException.invalid(new FieldViolation("grant_type", "unsupported-grant-type",
                    "grant_type must be client_credentials or refresh_token",
                    "grant_type 须为 client_credentials 或 refresh_token", grantType))
                    .with("error", grantType == null ? "invalid_request" : "unsupported_grant_type");
        }
        String[] basic = basic(authorization);
        if (basic != null) {
            clientId = basic[0];
            clientSecret = basic[1];
        }
        return answer(login.clientCredentials(clientId, clientSecret));
    }

    private static Response answer(LoginService.Outcome outcome) {
        if (outcome.tokens() != null) {
            return Response.ok(outcome.tokens()).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        throw switch (outcome.refusal()) {
            case BAD_CREDENTIALS -> new ProblemException(401, "invalid-credentials", "用户名或密码错误",
                    "Wrong user name or password", "The user name or the password is wrong",
                    List.of(new FieldViolation("password", "credentials", "Wrong user name or password",
                            "用户名或密码错误"))).with("error", "invalid_grant");
            case LOCKED -> locked(outcome.lockedUntil());
            case DISABLED -> new ProblemException(401, "account-disabled", "账号已停用", "Account disabled",
                    "This account has been disabled; ask your county admin").with("error", "invalid_grant");
            case INVALID_REFRESH_TOKEN -> new ProblemException(401, "invalid-refresh-token", "刷新令牌无效",
                    "Invalid refresh token", "The refresh token is unknown, expired, already used or revoked; "
                            + "log in again", List.of(new FieldViolation("refreshToken", "refresh-token-valid",
                                    "Unknown, expired, used or revoked", "未知、过期、已使用或已撤销")))
                    .with("error", "invalid_grant");
            case INVALID_CLIENT -> new ProblemException(401, "invalid-client", "接口客户端认证失败",
                    "Client authentication failed", "Unknown client_id, wrong client_secret or disabled client")
                    .with("error", "invalid_client");
        };
    }

    private static ProblemException locked(OffsetDateTime until) {
        long seconds = Math.max(1, Duration.between(OffsetDateTime.now(), until).toSeconds());
        return new ProblemException(401, "account-locked", "账号已锁定", "Account locked",
                "Too many wrong passwords; try again after " + until + " or ask your county admin for a reset")
                .with("lockedUntil", until.toString()).with("retryAfterSeconds", seconds)
                .with("error", "invalid_grant");
    }

    /** client id and secret from {@code Authorization: Basic}, or null when that header is absent or not Basic. */
    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
