package org.anju.permits.query;

import static org.anju.permits.support.Fixture.as;
import static org.anju.permits.support.Fixture.move;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Lists by filter with a keyset cursor, overdue work by working days, counts by township and state. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class QueriesTest {

    @Inject
    EntityManager em;

    @Test
    void submittedBuildPastItsSurveyLimitIsListedAsOverdueWithWorkingDaysLate() {
        Fixture.layers();
        String id = Fixture.draft();
        move("village_reviewer", id, "submit").then().statusCode(200);
        // intake three weeks ago: survey due 3 working days later, decision 10
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update permit set submitted_at = now() - "
                + "interval '21 days', survey_due_on = ?1, decision_due_on = ?2 where id = ?3")
                .setParameter(1, LocalDate.now().minusDays(18)).setParameter(2, LocalDate.now().minusDays(7))
                .setParameter(3, UUID.fromString(id)).executeUpdate());
        List<String> overdueIds = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = as("township_officer").queryParam("township", Fixture.TOWNSHIP).queryParam("limit", 100)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/permits/overdue").then()
                    .statusCode(200).extract();
            overdueIds.addAll(page.path("items.permitId"));
            if (overdueIds.contains(id)) {
                var late = page.jsonPath().getList("items.find { it.permitId == '" + id + "' }.late.limit");
                assertEquals(List.of("SITE_SURVEY", "DECISION"), late);
                int days = page.jsonPath().getInt("items.find { it.permitId == '" + id + "' }.late[0].workingDaysLate");
                assertTrue(days >= 10 && days <= 14, "working days late " + days);
            }
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertTrue(overdueIds.contains(id));
        as("township_officer").queryParam("overdue", true).queryParam("state", "SUBMITTED")
                .queryParam("limit", 100).get("/api/v1/permits").then().statusCode(200)
                .body("items.state", everyItem(equalTo("SUBMITTED")));
    }

    @Test
    void keysetPagesNeitherRepeatNorSkip() {
        Fixture.draft();
        Fixture.draft();
        Fixture.draft();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = as("township_officer").queryParam("village", Fixture.VILLAGE).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/permits").then()
                    .statusCode(200).extract();
            List<String> ids = page.path("items.id");
            for (String i : ids) {
                assertTrue(seen.add(i), "repeated " + i);
            }
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 5);
        assertTrue(seen.size() >= Math.min(3, 10));
    }

    @Test
    void listsAreLimitedToTheCallersTownships() {
        Fixture.draft();
        RestAssured.given().auth().oauth2(TestTokens.as(Role.TOWNSHIP_OFFICER, "369901200000"))
                .queryParam("township", Fixture.TOWNSHIP).get("/api/v1/permits").then().statusCode(200)
                .body("items.size()", equalTo(0));
        RestAssured.given().auth().oauth2(TestTokens.as(Role.TOWNSHIP_OFFICER, "369901200000"))
                .get("/api/v1/permits").then().statusCode(200)
                .body("items.townshipCode", not(hasItem(Fixture.TOWNSHIP)));
    }

    @Test
    void countsByTownshipAndState() {
        Fixture.draft();
        as("county_admin").get("/api/v1/permits/counts").then().statusCode(200)
                .body("find { it.townshipCode == '369901100000' && it.state == 'DRAFT' }.count",
                        org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void countyRulesAreReadAndChangedWithIfMatch() {
        String etag = as("county_admin").get("/api/v1/county-rules").then().statusCode(200)
                .body("noticeDays", equalTo(7)).body("setbackNationalM", equalTo(20.0f)).extract().header("ETag");
        var rules = as("county_admin").get("/api/v1/county-rules").then().extract().jsonPath().getMap("");
        as("county_admin").header("If-Match", etag).body(rules).put("/api/v1/county-rules").then().statusCode(200);
        as("county_admin").header("If-Match", etag).body(rules).put("/api/v1/county-rules").then().statusCode(412);
        as("township_officer").header("If-Match", "*").body(rules).put("/api/v1/county-rules").then().statusCode(403);
    }
}
