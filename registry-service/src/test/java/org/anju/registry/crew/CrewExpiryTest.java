package org.anju.registry.crew;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** GET /crews?qualificationExpiresBefore=: qualified crews running out by a day, soonest first, within township. */
@QuarkusTest
class CrewExpiryTest {

    @Inject
    EntityManager em;

    private static RequestSpecification as(Role role, String... townships) {
        return given().auth().oauth2(TestTokens.as(role, townships));
    }

    private void qualifiedUntil(String crew, LocalDate until, String state) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update crew set state = ?1, "
                + "qualified_until = ?2 where id = ?3").setParameter(1, state).setParameter(2, until)
                .setParameter(3, UUID.fromString(crew)).executeUpdate());
    }

    /** Every item of the expiring list, all pages read, {@code limit} a page. */
    private static List<Map<String, Object>> expiring(Supplier<RequestSpecification> caller, LocalDate before,
            int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = caller.get().queryParam("qualificationExpiresBefore", before.toString()).queryParam("limit", limit)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/crews").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && ++pages < 200);
        return all;
    }

    @Test
    void qualifiedCrewsExpiringByTheDaySoonestFirstWithTheirExpiry() {
        LocalDate today = Fixtures.today();
        String soon = Fixtures.qualifiedCrew();
        String later = Fixtures.qualifiedCrew();
        String beyond = Fixtures.qualifiedCrew();
        String expired = Fixtures.qualifiedCrew();
        String suspended = Fixtures.qualifiedCrew();
        qualifiedUntil(soon, today.plusDays(5), "QUALIFIED");
        qualifiedUntil(later, today.plusDays(20), "QUALIFIED");
        qualifiedUntil(beyond, today.plusDays(40), "QUALIFIED");
        qualifiedUntil(expired, today.minusDays(1), "QUALIFIED");
        qualifiedUntil(suspended, today.plusDays(3), "SUSPENDED");

        LocalDate before = today.plusDays(30);
        List<Map<String, Object>> items = expiring(() -> as(Role.COUNTY_CLERK), before, 1);
        List<String> ids = items.stream().map(i -> (String) i.get("id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no crew twice across pages");
        assertTrue(ids.indexOf(soon) >= 0 && ids.indexOf(soon) < ids.indexOf(later), ids.toString());
        assertFalse(ids.contains(beyond) || ids.contains(expired) || ids.contains(suspended), ids.toString());
        String previous = "";
        for (Map<String, Object> i : items) {
            String on = (String) i.get("qualificationExpiresOn");
            assertEquals("QUALIFIED", i.get("status"));
            assertTrue(on.compareTo(previous) >= 0 && on.compareTo(before.toString()) <= 0
                    && on.compareTo(today.toString()) >= 0, on);
            previous = on;
        }
        Map<String, Object> first = items.get(ids.indexOf(soon));
        assertEquals(today.plusDays(5).toString(), first.get("qualificationExpiresOn"));
        // the day itself is included
        assertTrue(expiring(() -> as(Role.COUNTY_CLERK), today.plusDays(20), 100).stream()
                .anyMatch(i -> later.equals(i.get("id"))));
    }

    @Test
    void townshipRolesSeeOnlyTheirTownshipsCrews() {
        String crew = Fixtures.qualifiedCrew();
        qualifiedUntil(crew, Fixtures.today().plusDays(7), "QUALIFIED");
        LocalDate before = Fixtures.today().plusDays(10);
        assertTrue(expiring(() -> as(Role.TOWNSHIP_OFFICER, Fixtures.TOWNSHIP)
                .queryParam("townshipCode", Fixtures.TOWNSHIP), before, 100).stream().anyMatch(i -> crew.equals(i.get("id"))));
        assertFalse(expiring(() -> as(Role.TOWNSHIP_OFFICER, Fixtures.OTHER_TOWNSHIP), before, 100).stream()
                .anyMatch(i -> crew.equals(i.get("id"))));
        as(Role.TOWNSHIP_OFFICER, Fixtures.OTHER_TOWNSHIP).queryParam("townshipCode", Fixtures.TOWNSHIP)
                .queryParam("qualificationExpiresBefore", before.toString()).get("/api/v1/crews").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aDateThatIsNotOneIsRefusedNamingTheField() {
        as(Role.COUNTY_CLERK).queryParam("qualificationExpiresBefore", "next-month").get("/api/v1/crews").then()
                .statusCode(400).body("errors[0].field", equalTo("qualificationExpiresBefore"));
    }
}
