package org.anju.gateway.security;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.anju.common.security.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the verified access token speaks for: user name, roles, county and townships, read from its claims. The
 * token-based counterpart of common's header-based {@code Caller}.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public String username() {
        return token.getName();
    }

    public String county() {
        Object county = token.getClaim(TokenIssuer.COUNTY_CLAIM);
        return county instanceof JsonString s ? s.getString() : county == null ? null : county.toString();
    }

    public List<String> townships() {
        Object claim = token.getClaim(TokenIssuer.TOWNSHIPS_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return List.of();
    }

    public Set<Role> roles() {
        Set<String> groups = token.getGroups();
        return groups == null ? Set.of() : groups.stream().map(Role::fromWire).filter(r -> r != null)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
