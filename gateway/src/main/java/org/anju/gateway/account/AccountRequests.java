package org.anju.gateway.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies a county admin sends to manage accounts. */
public final class AccountRequests {

    private AccountRequests() {
    }

    /** A new account in the admin's county. */
    @Schema(name = "CreateAccount", requiredProperties = { "username", "displayName", "roles", "password" })
    public record Create(
            @NotBlank @Size(max = 64) @Schema(examples = "inspector.qingshi") String username,
            @NotBlank @Size(max = 100) @Schema(examples = "青石镇安全员 张伟") String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            @Schema(examples = "[\"369901101000\"]") List<@Pattern(regexp = "^[0-9]{12}$") String> townships,
            @NotBlank @Schema(description = "Initial password, 10 to 72 bytes", examples = "change-me-2026!",
                    writeOnly = true) String password) {
    }

    /** Everything a county admin may change on an account, sent whole (PUT) with If-Match. */
    @Schema(name = "UpdateAccount", requiredProperties = { "displayName", "roles", "enabled" })
    public record Update(
            @NotBlank @Size(max = 100) @Schema(examples = "青石镇安全员 张伟") String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            @Schema(examples = "[\"369901101000\"]") List<@Pattern(regexp = "^[0-9]{12}$") String> townships,
            @NotNull Boolean enabled) {
    }

    /** A new password set by the county admin; it also lifts a lockout. */
    @Schema(name = "ResetPassword", requiredProperties = "newPassword")
    public record ResetPassword(
            @NotBlank @Schema(examples = "another-secret-2026", writeOnly = true) String newPassword) {
    }
}
