package org.anju.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of login, refresh and logout. */
public final class AuthRequests {

    private AuthRequests() {
    }

    /** A person's user name and password. */
    @Schema(name = "LoginRequest", requiredProperties = { "username", "password" })
    public record Login(
            @NotBlank @Size(max = 64) @Schema(examples = "inspector.chengguan") String username,
            @NotBlank @Size(max = 200) @Schema(examples = "anju-demo-2026", writeOnly = true) String password) {
    }

    /** The refresh token a login or an earlier refresh handed out. */
    @Schema(name = "RefreshRequest", requiredProperties = "refreshToken")
    public record Refresh(
            @NotBlank @Size(max = 100) @Schema(examples = "q3Jr0bq6Yb3x4Qm0y9oQy1mJwT3G1aV0cE0cY2b4S1k") String refreshToken) {
    }
}
