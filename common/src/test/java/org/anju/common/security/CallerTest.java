package org.anju.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.anju.common.problem.ProblemException;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** Reading the caller from verified token claims, without Quarkus. */
class CallerTest {

    private static Caller of(String upn, List<String> groups, String county, List<String> townships) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("id-" + upn);
        claims.setClaim("upn", upn);
        claims.setClaim("raw_token", "header.payload.signature");
        claims.setStringListClaim("groups", groups);
        claims.setClaim("county", county);
        claims.setStringListClaim("townships", townships);
        return new Caller(new DefaultJWTCallerPrincipal(claims));
    }

    @Test
    void townshipRoleSeesOnlyItsTownships() {
        Caller inspector = of("inspector.chengguan", List.of("inspector"), "369901", List.of("369901100000"));
        assertEquals("inspector.chengguan", inspector.user());
        assertEquals(Optional.of(Role.INSPECTOR), inspector.role());
        assertEquals(Optional.of("369901"), inspector.county());
        assertTrue(inspector.mayAccessTownship("369901100000"));
        assertFalse(inspector.mayAccessTownship("369901101000"));
    }

    @Test
    void countyWideRoleSeesItsOwnCountyOnlyAndIgnoresForeignGroups() {
        Caller reader = of("reader.bureau", List.of("bureau_reader", "some-keycloak-group"), "369901", List.of());
        assertEquals(1, reader.roles().size());
        assertTrue(reader.mayAccessTownship("369901101000"));
        assertFalse(reader.mayAccessTownship("369902100000"));
    }

    @Test
    void requireAnswers403NamingTheAllowedRoles() {
        Caller inspector = of("i", List.of("inspector"), "369901", List.of("369901100000"));
        assertEquals(Role.INSPECTOR, inspector.require(Role.TOWNSHIP_OFFICER, Role.INSPECTOR));
        ProblemException refused = assertThrows(ProblemException.class, () -> inspector.require(Role.COUNTY_ADMIN));
        assertEquals(403, refused.status());
        assertEquals(List.of("county_admin"), refused.extensions().get("allowedRoles"));
    }

    @Test
    void noTokenIsAnonymousAndRequireAnswers401() {
        Caller nobody = new Caller(null);
        assertFalse(nobody.authenticated());
        assertEquals(401, assertThrows(ProblemException.class, () -> nobody.require(Role.INSPECTOR)).status());
        assertFalse(nobody.mayAccessTownship("369901100000"));
    }

    @Test
    void readsATokenShapedAsKeycloaksAnjuRealmIssuesIt() {
        // deploy/keycloak/anju-realm.json: realm roles as "groups" (with Keycloak's own default roles), username as
        // upn, county and townships from user attributes, plus the claims Keycloak always adds
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("http://keycloak:8080/realms/anju");
        claims.setSubject("0c7d6a4e-3f1b-4a8e-9d2c-5b6a7e8f9a01");
        claims.setClaim("raw_token", "header.payload.signature");
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "anju-cli");
        claims.setClaim("preferred_username", "inspector.qingshi");
        claims.setClaim("upn", "inspector.qingshi");
        claims.setStringListClaim("groups", List.of("default-roles-anju", "offline_access", "uma_authorization",
                "inspector"));
        claims.setClaim("realm_access", java.util.Map.of("roles", List.of("inspector", "offline_access")));
        claims.setClaim("county", "369901");
        claims.setStringListClaim("townships", List.of("369901101000"));
        Caller inspector = new Caller(new DefaultJWTCallerPrincipal(claims));
        assertEquals("inspector.qingshi", inspector.user());
        assertEquals(java.util.Set.of(Role.INSPECTOR), inspector.roles());
        assertTrue(inspector.mayAccessTownship("369901101000"));
        assertFalse(inspector.mayAccessTownship("369901100000"));
    }

    @Test
    void serviceTokenPassesOnlyWhereServicesAreNamedAndSeesNoTownship() {
        Caller service = of("permits-service", List.of("service"), "369901", List.of());
        assertEquals(Role.SERVICE, service.require(Role.SERVICE, Role.COUNTY_ADMIN));
        ProblemException refused = assertThrows(ProblemException.class, () -> service.require(Role.people()));
        assertEquals(403, refused.status());
        assertFalse(service.mayAccessTownship("369901100000"));
    }

    @Test
    void peopleAreEveryRoleButServiceWhichIsNotCountyWide() {
        assertEquals(EnumSet.complementOf(EnumSet.of(Role.SERVICE)), EnumSet.copyOf(Arrays.asList(Role.people())));
        assertFalse(Role.SERVICE.person());
        assertFalse(Role.SERVICE.countyWide());
        assertEquals(Role.SERVICE, Role.fromWire(Role.SERVICE_GROUP));
    }
}
