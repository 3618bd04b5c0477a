package org.anju.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.anju.common.problem.ProblemException;
import org.anju.common.security.Role;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** Reading the caller from token claims, without Quarkus. */
class CurrentUserTest {

    private static CurrentUser of(String upn, List<String> groups, String county, List<String> townships) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("id-" + upn);
        claims.setClaim("upn", upn);
        claims.setStringListClaim("groups", groups);
        claims.setClaim("county", county);
        claims.setStringListClaim("townships", townships);
        return new CurrentUser(new DefaultJWTCallerPrincipal(claims));
    }

    @Test
    void townshipRoleSeesOnlyItsTownships() {
        CurrentUser inspector = of("inspector.chengguan", List.of("inspector"), "369901", List.of("369901100000"));
        assertEquals("inspector.chengguan", inspector.user());
        assertEquals(Optional.of(Role.INSPECTOR), inspector.role());
        assertTrue(inspector.mayAccessTownship("369901100000"));
        assertFalse(inspector.mayAccessTownship("369901101000"));
    }

    @Test
    void countyWideRoleSeesItsOwnCountyOnly() {
        CurrentUser reader = of("reader.bureau", List.of("bureau_reader", "some-keycloak-group"), "369901", List.of());
        assertEquals(1, reader.roles().size());
        assertTrue(reader.mayAccessTownship("369901101000"));
        assertFalse(reader.mayAccessTownship("369902100000"));
    }

    @Test
    void requireAnswers403NamingTheAllowedRoles() {
        CurrentUser inspector = of("i", List.of("inspector"), "369901", List.of("369901100000"));
        assertEquals(Role.INSPECTOR, inspector.require(Role.TOWNSHIP_OFFICER, Role.INSPECTOR));
        ProblemException refused = assertThrows(ProblemException.class, () -> inspector.require(Role.COUNTY_ADMIN));
        assertEquals(403, refused.status());
        assertEquals(List.of("county_admin"), refused.extensions().get("allowedRoles"));
    }
}
