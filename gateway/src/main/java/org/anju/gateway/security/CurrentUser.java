package org.anju.gateway.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.anju.common.problem.ProblemException;
import org.anju.common.security.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the verified access token speaks for: user name, roles, county and townships, read from its claims. It has the
 * same API as common's header-based {@code Caller} (role, user, townships, require, mayAccessTownship), so that class
 * can become this one when every service switches to tokens.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    /** A token without a name is the empty token of an anonymous request. */
    public boolean authenticated() {
        return token != null && token.getName() != null;
    }

    public String username() {
        return authenticated() ? token.getName() : null;
    }

    /** Caller-compatible: the user name, or "anonymous". */
    public String user() {
        return authenticated() ? token.getName() : "anonymous";
    }

    public String county() {
        Object county = authenticated() ? token.getClaim(TokenIssuer.COUNTY_CLAIM) : null;
        return county instanceof JsonString s ? s.getString() : county == null ? null : county.toString();
    }

    public List<String> townships() {
        Object claim = authenticated() ? token.getClaim(TokenIssuer.TOWNSHIPS_CLAIM) : null;
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return List.of();
    }

    /** Every Anju role in the {@code groups} claim; other groups (an external issuer's) are ignored. */
    public Set<Role> roles() {
        Set<String> groups = authenticated() ? token.getGroups() : null;
        return groups == null ? Set.of() : groups.stream().map(Role::fromWire).filter(r -> r != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Caller-compatible: the first of the token's roles in {@link Role} order, for tokens that carry one role. */
    public Optional<Role> role() {
        return roles().stream().sorted().findFirst();
    }

    /** Refuses with 401 when there is no token and 403 when none of the token's roles is allowed. */
    public Role require(Role... allowed) {
        if (!authenticated()) {
            throw new ProblemException(401, "unauthorized", "需要登录", "Authentication required",
                    "This operation needs a bearer access token (Authorization: Bearer …)");
        }
        Set<Role> mine = roles();
        for (Role r : allowed) {
            if (mine.contains(r)) {
                return r;
            }
        }
        throw new ProblemException(403, "forbidden", "无权执行此操作", "Forbidden",
                "Your roles may not do this; allowed: "
                        + Arrays.stream(allowed).map(Role::wireName).collect(Collectors.joining(", ")))
                .with("allowedRoles", Arrays.stream(allowed).map(Role::wireName).toList());
    }

    /**
     * Whether the caller may see records of this township: county-wide roles within their own county, township
     * roles only in their own townships.
     */
    public boolean mayAccessTownship(String townshipCode) {
        if (townshipCode == null || !authenticated()) {
            return false;
        }
        String county = county();
        boolean countyWide = roles().stream().anyMatch(Role::countyWide);
        return (countyWide && county != null && townshipCode.startsWith(county)) || townships().contains(townshipCode);
    }
}
