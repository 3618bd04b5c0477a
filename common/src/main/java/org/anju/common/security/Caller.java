package org.anju.common.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;

import org.anju.common.problem.ProblemException;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who is calling: role, user and townships. TEMPORARY: read from the X-Anju-Role, X-Anju-User and
 * X-Anju-Townships headers until the gateway's token security lands; this class is the one place it will replace.
 */
@RequestScoped
public class Caller {

    public static final String ROLE_HEADER = "X-Anju-Role";
    public static final String USER_HEADER = "X-Anju-User";
    public static final String TOWNSHIPS_HEADER = "X-Anju-Townships";

    private final Role role;
    private final String user;
    private final Set<String> townships;

    public Caller(HttpServerRequest request) {
        String roleHeader = request.getHeader(ROLE_HEADER);
        this.role = roleHeader == null || roleHeader.isBlank() ? null : Role.fromWire(roleHeader);
        String userHeader = request.getHeader(USER_HEADER);
        this.user = userHeader == null || userHeader.isBlank() ? "anonymous" : userHeader.trim();
        String townshipHeader = request.getHeader(TOWNSHIPS_HEADER);
        this.townships = townshipHeader == null ? Set.of()
                : Arrays.stream(townshipHeader.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public String user() {
        return user;
    }

    public Set<String> townships() {
        return townships;
    }

    public boolean has(Role wanted) {
        return role == wanted;
    }

    /** Refuses with 401 when no role is given and 403 when the role is not one of those allowed. */
    public Role require(Role... allowed) {
        if (role == null) {
            throw new ProblemException(401, "unauthorized", "需要登录", "Authentication required",
                    "This operation needs a caller role (" + ROLE_HEADER + ")");
        }
        for (Role r : allowed) {
            if (r == role) {
                return role;
            }
        }
        throw new ProblemException(403, "forbidden", "无权执行此操作", "Forbidden",
                "Role " + role.wireName() + " may not do this; allowed: "
                        + Arrays.stream(allowed).map(Role::wireName).collect(Collectors.joining(", ")))
                .with("allowedRoles", Arrays.stream(allowed).map(Role::wireName).toList());
    }

    /** Whether the caller may see records of this township: county-wide roles always, others only their own. */
    public boolean mayAccessTownship(String townshipCode) {
        return role != null && (role.countyWide() || townships.contains(townshipCode));
    }
}
