package org.anju.gateway.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as a county admin sees it; never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Account", requiredProperties = { "id", "username", "displayName", "roles", "county", "townships",
        "enabled", "createdAt", "updatedAt", "version" })
public record AccountView(
        UUID id,
        @Schema(examples = "inspector.chengguan") String username,
        @Schema(examples = "城关镇安全员 李明") String displayName,
        List<Role> roles,
        @Schema(description = "6-digit county code", examples = "369901") String county,
        @Schema(description = "12-digit township codes", examples = "[\"369901100000\"]") List<String> townships,
        boolean enabled,
        @Schema(description = "Set while the account is locked after repeated failed logins") OffsetDateTime lockedUntil,
        OffsetDateTime lastLoginAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version, also sent as ETag; send it back in If-Match") long version) {

    static AccountView of(UserAccount a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.roles(), a.countyCode(), a.townships(),
                a.enabled(), a.lockedUntil(), a.lastLoginAt(), a.createdAt(), a.updatedAt(), a.version());
    }
}
