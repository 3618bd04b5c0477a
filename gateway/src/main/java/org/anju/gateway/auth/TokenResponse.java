package org.anju.gateway.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth 2.0 token response (RFC 6749 section 5.1), so any OAuth client library reads it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TokenResponse", requiredProperties = { "access_token", "token_type", "expires_in" })
public record TokenResponse(
        @JsonProperty("access_token") @Schema(description = "RS256 JWT to send as `Authorization: Bearer …`",
                examples = "eyJhbGciOiJSUzI1NiIsImtpZCI6Ij…") String accessToken,
        @JsonProperty("token_type") @Schema(examples = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Seconds the access token stays valid", examples = "900") long expiresIn,
        @JsonProperty("refresh_token") @Schema(description = "Opaque, single-use; absent for API clients",
                examples = "q3Jr0bq6Yb3x4Qm0y9oQy1mJwT3G1aV0cE0cY2b4S1k") String refreshToken,
        @JsonProperty("refresh_expires_in") @Schema(description = "Seconds the refresh token stays valid",
                examples = "604800") Long refreshExpiresIn) {

    public static TokenResponse bearer(String accessToken, long expiresIn, String refreshToken, Long refreshExpiresIn) {
        return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken, refreshExpiresIn);
    }
}
