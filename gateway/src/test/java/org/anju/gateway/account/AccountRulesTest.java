package org.anju.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.anju.common.division.Divisions;
import org.anju.common.problem.FieldViolation;
import org.anju.common.security.Role;
import org.junit.jupiter.api.Test;

/** The account rules without Quarkus. */
class AccountRulesTest {

    private final AccountRules rules = new AccountRules(Divisions.demo());

    private static List<String> rulesOf(List<FieldViolation> errors) {
        return errors.stream().map(FieldViolation::rule).toList();
    }

    @Test
    void inspectorNeedsATownshipOfTheCounty() {
        assertEquals(List.of("townships-required"), rulesOf(rules.scope(Set.of(Role.INSPECTOR), List.of(), "369901")));
        assertTrue(rules.scope(Set.of(Role.INSPECTOR), List.of("369901100000"), "369901").isEmpty());
        assertEquals(List.of("township-of-county"),
                rulesOf(rules.scope(Set.of(Role.INSPECTOR), List.of("369901100201"), "369901")));
        assertEquals("townships[1]", rules.scope(Set.of(Role.TOWNSHIP_OFFICER),
                List.of("369901100000", "369902100000"), "369901").get(0).field());
    }

    @Test
    void noPersonGetsTheServiceRole() {
        assertEquals(List.of("person-role"), rulesOf(rules.scope(Set.of(Role.SERVICE), List.of(), "369901")));
        assertEquals(List.of("person-role"),
                rulesOf(rules.scope(Set.of(Role.COUNTY_ADMIN, Role.SERVICE), List.of(), "369901")));
    }

    @Test
    void countyWideRolesTakeNoTownships() {
        assertTrue(rules.scope(Set.of(Role.BUREAU_READER), List.of(), "369901").isEmpty());
        assertEquals(List.of("townships-not-allowed"),
                rulesOf(rules.scope(Set.of(Role.COUNTY_CLERK), List.of("369901100000"), "369901")));
    }

    @Test
    void passwordsAreLongEnoughFitBcryptAndAvoidTheUsername() {
        assertEquals(List.of("password-length"), rulesOf(rules.password("password", "short", "li.ming")));
        assertEquals(List.of("password-length"), rulesOf(rules.password("password", "安".repeat(25), "li.ming")));
        assertEquals(List.of("password-contains-username"),
                rulesOf(rules.password("password", "LI.MING-2026-x", "li.ming")));
        assertTrue(rules.password("password", "anju-demo-2026", "li.ming").isEmpty());
    }

    @Test
    void usernamesAreLowerCaseWords() {
        assertTrue(rules.username("inspector.chengguan").isEmpty());
        assertEquals(1, rules.username("Inspector").size());
        assertEquals(1, rules.username("ab").size());
        assertEquals(1, rules.username("li ming").size());
    }
}
