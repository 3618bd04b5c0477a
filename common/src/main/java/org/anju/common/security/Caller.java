package org.anju.common.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.anju.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified bearer token (MicroProfile JWT) that the gateway or any OIDC provider
 * issued: roles from {@code groups}, the county from {@code county}, the townships from {@code townships}.
 * Every service authorises through this one class.
 */
@RequestScoped
public class Caller {

    /** Claim holding the caller's six-digit county code. */
    public static final String COUNTY_CLAIM = "county";
    /** Claim holding the caller's 12-digit township codes. */
    public static final String TOWNSHIPS_CLAIM = "townships";
    private final Set<Role> roles;
    private final String user;
    private final String county;
    private final Set<String> townships;

    @Inject
    public Caller(JsonWebToken jwt) {
        boolean authenticated = jwt != null && jwt.getRawToken() != null;
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (authenticated && jwt.getGroups() != null) {
            for (String group : jwt.getGroups()) {
                Role r = Role.fromWire(group);
                if (r != null) {
                    parsed.add(r);
                }
            }
        }
        this.roles = Set.copyOf(parsed);
        this.user = authenticated && jwt.getName() != null ? jwt.getName() : "anonymous";
        this.county = authenticated ? stringClaim(jwt, COUNTY_CLAIM) : null;
        this.townships = authenticated ? stringsClaim(jwt, TOWNSHIPS_CLAIM) : Set.of();
    }

    /** For plain unit tests and internal callers. */
    public Caller(Collection<Role> roles, String user, String county, Collection<String> townships) {
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.user = user;
        this.county = county;
        this.townships = Set.copyOf(townships);
    }

    /** The caller's most privileged role (county-wide first), if any. */
    public Optional<Role> role() {
        return roles.stream().min((a, b) -> Boolean.compare(b.countyWide(), a.countyWide()) != 0
                ? Boolean.compare(b.countyWide(), a.countyWide()) : a.compareTo(b));
    }

    public Set<Role> roles() {
        return roles;
    }

    public String user() {
        return user;
    }

    public Optional<String> county() {
        return Optional.ofNullable(county);
    }

    public Set<String> townships() {
        return townships;
    }

    public boolean has(Role wanted) {
        return roles.contains(wanted);
    }

    public boolean authenticated() {
        return !"anonymous".equals(user);
    }

    /** Refuses with 401 when there is no valid token and 403 when none of the caller's roles is allowed. */
    public Role require(Role... allowed) {
        if (roles.isEmpty()) {
            throw new ProblemException(401, "unauthorized", "需要登录", "Authentication required",
                    "This operation needs a bearer token with an Anju role").zh("此操作须先登录（携带安居令牌）");
        }
        for (Role r : allowed) {
            if (roles.contains(r)) {
                return r;
            }
        }
        String mine = roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(", "));
        String theirs = Arrays.stream(allowed).map(Role::wireName).collect(Collectors.joining(", "));
        throw new ProblemException(403, "forbidden", "无权执行此操作", "Forbidden",
                "Roles " + mine + " may not do this; allowed: " + theirs)
                .zh("角色 " + mine + " 无权执行此操作；可执行的角色：" + theirs)
                .with("allowedRoles", Arrays.stream(allowed).map(Role::wireName).toList());
    }

    /** Whether the caller may see records of this township: county-wide roles always, others only their own. */
    public boolean mayAccessTownship(String townshipCode) {
        if (roles.stream().anyMatch(Role::countyWide)) {
            return county == null || townshipCode == null || townshipCode.startsWith(county);
        }
        return !roles.isEmpty() && townships.contains(townshipCode);
    }

    private static String stringClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    private static Set<String> stringsClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                out.add(v instanceof JsonString s ? s.getString() : v.toString());
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof String s) {
            Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).forEach(out::add);
        }
        return Set.copyOf(out);
    }
}
