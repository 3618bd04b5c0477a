package org.anju.common.testing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for tests, signed with the test-only key that services trust in the %test profile, carrying the
 * same claims as the gateway's tokens. Use as {@code given().auth().oauth2(TestTokens.countyAdmin())}.
 */
public final class TestTokens {

    public static final String COUNTY = "369901";
    public static final String CHENGGUAN = "369901100000";
    public static final String QINGSHI = "369901101000";
    private static final String ISSUER = "https://anju.local/gateway";
    private static final String AUDIENCE = "anju";

    private TestTokens() {
    }

    /** A token for a user with this role in the demo county and these townships. */
    public static String as(Role role, String... townships) {
        return token("test-" + role.wireName(), List.of(role), List.of(townships), 300);
    }

    public static String countyAdmin() {
        return as(Role.COUNTY_ADMIN);
    }

    public static String inspector(String township) {
        return as(Role.INSPECTOR, township);
    }

    public static String townshipOfficer(String township) {
        return as(Role.TOWNSHIP_OFFICER, township);
    }

    /**
     * What another Anju service shows: group {@code service}, the county, no townships, as the gateway issues it to a
     * service client.
     */
    public static String service() {
        return service("test-service");
    }

    /** A service token for this client id (e.g. {@code inspections-service}). */
    public static String service(String clientId) {
        return token(clientId, List.of(Role.SERVICE), List.of(), 300);
    }

    /** A token that expired a minute ago. */
    public static String expired(Role role) {
        return token("test-expired", List.of(role), List.of(), -60);
    }

    public static String token(String user, List<Role> roles, List<String> townships, long lifetimeSeconds) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(user)
                .subject(user)
                .groups(new HashSet<>(roles.stream().map(Role::wireName).toList()))
                .claim(Caller.COUNTY_CLAIM, COUNTY)
                .claim(Caller.TOWNSHIPS_CLAIM, townships)
                .issuedAt(now - 120)
                .expiresAt(now + lifetimeSeconds)
                .sign();
    }

    /** Every role, {@link Role#SERVICE} included, for tests that loop over them. */
    public static List<Role> allRoles() {
        return Arrays.asList(Role.values());
    }
}
