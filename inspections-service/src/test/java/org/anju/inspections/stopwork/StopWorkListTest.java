package org.anju.inspections.stopwork;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Rows.YUNLING;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.Rows;
import org.anju.inspections.visit.VisitOutcome;
import org.anju.inspections.visit.VisitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A township's stop-work notices, newest first, in force or lifted, never another township's. */
@QuarkusTest
class StopWorkListTest {

    static final String BAISHA = "369901200000";

    @Inject
    Rows rows;

    UUID older;
    UUID lifted;
    UUID newer;
    UUID elsewhere;

    @BeforeEach
    void fixture() {
        rows.clear(YUNLING);
        UUID visit = rows.visit(YUNLING, VisitType.ROUTINE_PATROL, OffsetDateTime.parse("2026-01-05T09:00+08:00"),
                true, VisitOutcome.FAILED);
        older = rows.stopWork(YUNLING, visit, OffsetDateTime.parse("2026-01-05T10:00+08:00"), null);
        lifted = rows.stopWork(YUNLING, visit, OffsetDateTime.parse("2026-02-05T10:00+08:00"),
                OffsetDateTime.parse("2026-02-20T10:00+08:00"));
        newer = rows.stopWork(YUNLING, visit, OffsetDateTime.parse("2026-03-05T10:00+08:00"), null);
        UUID there = rows.visit(BAISHA, VisitType.ROUTINE_PATROL, OffsetDateTime.parse("2026-03-06T09:00+08:00"),
                true, VisitOutcome.FAILED);
        elsewhere = rows.stopWork(BAISHA, there, OffsetDateTime.parse("2026-03-06T10:00+08:00"), null);
    }

    @Test
    void inForceNewestFirstPageByPage() {
        String token = TestTokens.townshipOfficer(YUNLING);
        String next = given().auth().oauth2(token).queryParam("township", YUNLING).queryParam("state", "IN_FORCE")
                .queryParam("limit", 1).get("/api/v1/stop-work-notices").then().statusCode(200)
                .body("items.id", contains(newer.toString())).body("items[0].status", equalTo("IN_FORCE"))
                .extract().path("nextCursor");
        given().auth().oauth2(token).queryParam("township", YUNLING).queryParam("state", "IN_FORCE")
                .queryParam("limit", 1).queryParam("cursor", next).get("/api/v1/stop-work-notices").then()
                .statusCode(200).body("items.id", contains(older.toString())).body("nextCursor", nullValue());
    }

    @Test
    void liftedOnlyOrEveryStateAndNeverAnotherTownships() {
        String token = TestTokens.countyAdmin();
        given().auth().oauth2(token).queryParam("township", YUNLING).queryParam("state", "LIFTED")
                .get("/api/v1/stop-work-notices").then().statusCode(200)
                .body("items.id", contains(lifted.toString())).body("items[0].liftedAt", equalTo(
                        "2026-02-20T02:00:00Z"));
        given().auth().oauth2(token).queryParam("township", YUNLING).get("/api/v1/stop-work-notices").then()
                .statusCode(200).body("items.id", contains(newer.toString(), lifted.toString(), older.toString()));
        given().auth().oauth2(token).queryParam("township", BAISHA).queryParam("state", "IN_FORCE")
                .queryParam("limit", 100).get("/api/v1/stop-work-notices").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(elsewhere.toString()))
                .body("items.townshipCode", org.hamcrest.Matchers.everyItem(equalTo(BAISHA)));
    }

    @Test
    void anotherTownshipIsNotFoundAndABadStateIsNamed() {
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).queryParam("township", YUNLING)
                .get("/api/v1/stop-work-notices").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.inspector(YUNLING)).queryParam("township", YUNLING)
                .queryParam("state", "SUSPENDED").get("/api/v1/stop-work-notices").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().auth().oauth2(TestTokens.inspector(YUNLING)).queryParam("township", YUNLING)
                .queryParam("cursor", "garbage").get("/api/v1/stop-work-notices").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(TestTokens.as(Role.VILLAGE_REVIEWER, YUNLING)).queryParam("township", YUNLING)
                .get("/api/v1/stop-work-notices").then().statusCode(403);
    }
}
