package org.anju.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.anju.common.testing.TestTokens;
import org.anju.gateway.auth.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Reads of personal records reported by the services land once in the audit log the county admin queries. */
@QuarkusTest
class PersonalReadAuditTest {

    @Inject
    TestAccounts fixture;

    private static String event(UUID id, String type, String actor, String recordId, OffsetDateTime at) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"aggregateId\":\"" + recordId + "\","
                + "\"occurredAt\":\"" + at + "\",\"payload\":{\"actor\":\"" + actor + "\","
                + "\"actorRole\":\"bureau_reader\",\"county\":\"369901\",\"service\":\"permits\","
                + "\"recordType\":\"household\",\"recordId\":\"" + recordId + "\","
                + "\"path\":\"/api/v1/households/" + recordId + "\"}}";
    }

    private static void send(String body, int status) {
        given().auth().oauth2(TestTokens.service("permits-service")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events").then().statusCode(status);
    }

    @Test
    void aRepeatedEventIsLoggedOnceAndTheAdminFindsItByActor() {
        String actor = TestAccounts.unique("reader");
        UUID id = UUID.randomUUID();
        String record = UUID.randomUUID().toString();
        String body = event(id, "personal-record.read", actor, record, OffsetDateTime.parse("2026-11-28T09:30:00+08:00"));
        send(body, 200);
        send(body, 200);

        String admin = TestAccounts.accessToken(fixture.admin().username());
        given().auth().oauth2(admin).queryParam("actor", actor).when().get("/api/v1/audit/personal-reads")
                .then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].recordId", equalTo(record)).body("items[0].recordType", equalTo("household"))
                .body("items[0].actorRole", equalTo("bureau_reader")).body("items[0].service", equalTo("permits"))
                .body("items[0].occurredAt", notNullValue());
    }

    @Test
    void entriesComeNewestFirstAndPageWithACursor() {
        String actor = TestAccounts.unique("reader");
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T08:00:00+08:00");
        for (int i = 0; i < 3; i++) {
            send(event(UUID.randomUUID(), "personal-record.read", actor, "rec-" + i, start.plusHours(i)), 200);
        }
        String admin = TestAccounts.accessToken(fixture.admin().username());
        var first = given().auth().oauth2(admin).queryParam("actor", actor).queryParam("limit", 2)
                .when().get("/api/v1/audit/personal-reads")
                .then().statusCode(200).body("items.recordId", equalTo(List.of("rec-2", "rec-1")))
                .extract().response();
        given().auth().oauth2(admin).queryParam("actor", actor).queryParam("cursor", (String) first.path("nextCursor"))
                .when().get("/api/v1/audit/personal-reads")
                .then().statusCode(200).body("items.recordId", equalTo(List.of("rec-0")))
                .body("nextCursor", nullValue());
        given().auth().oauth2(admin).queryParam("actor", actor).queryParam("from", "2026-11-20T09:00:00+08:00")
                .queryParam("to", "2026-11-20T10:00:00+08:00")
                .when().get("/api/v1/audit/personal-reads")
                .then().statusCode(200).body("items.recordId", equalTo(List.of("rec-1")));
    }

    @Test
    void unknownEventTypeAndBadPayloadAre422() {
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "visit.passed", "x", "r", OffsetDateTime.now()))
                .when().post("/api/v1/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:unknown-event-type"));
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "personal-record.read", "", "r", OffsetDateTime.now()))
                .when().post("/api/v1/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("payload.actor"));
    }

    @Test
    void onlyTheCountyAdminReadsTheAuditLog() {
        String inspector = TestAccounts.accessToken(fixture.inspector().username());
        given().auth().oauth2(inspector).when().get("/api/v1/audit/personal-reads")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/audit/personal-reads").then().statusCode(401);
    }

    @Test
    void meAnswersTheTokensIdentity() {
        var inspector = fixture.inspector();
        given().auth().oauth2(TestAccounts.accessToken(inspector.username())).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("username", equalTo(inspector.username()))
                .body("roles", equalTo(List.of("inspector")))
                .body("townships", equalTo(List.of("369901100000")));
    }
}
