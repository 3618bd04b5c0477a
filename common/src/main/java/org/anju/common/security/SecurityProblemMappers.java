package org.anju.common.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns Quarkus security refusals into problem+json: 401 with a {@code WWW-Authenticate: Bearer} challenge (RFC 6750)
 * for a missing, expired or untrustworthy token, 403 for a role that may not call the operation. Without these, the
 * shared catch-all mapper would answer 500.
 */
public class SecurityProblemMappers {

    public static final String CHALLENGE = "Bearer realm=\"anju\"";

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(Problems.response(401, "unauthorized", "需要登录", "Authentication required",
                "This operation needs a bearer access token (Authorization: Bearer …)", path(uri), null, null, null),
                CHALLENGE);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        InvalidJwtException invalid = find(e);
        if (invalid != null && invalid.hasExpired()) {
            return challenge(Problems.response(401, "token-expired", "登录已过期", "Token expired",
                    "The access token has expired; get a new one with the refresh token or log in again", path(uri),
                    null, null, null), CHALLENGE + ", error=\"invalid_token\", error_description=\"expired\"");
        }
        Log.debugf("Refused a token on %s: %s", path(uri), invalid == null ? e : invalid.getMessage());
        return challenge(Problems.response(401, "invalid-token", "令牌无效", "Invalid token",
                "The access token is malformed, not signed by this system's key, or not meant for it", path(uri),
                null, null, null), CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "无权执行此操作", "Forbidden",
                "Your role may not call this operation", path(uri), null, null, null);
    }

    private static Response challenge(Response problem, String header) {
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, header).build();
    }

    private static InvalidJwtException find(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
