package org.anju.registry.event;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventResourceTest {

    private static int activeJobs(String crew) {
        return given().auth().oauth2(TestTokens.service()).get("/api/v1/crews/" + crew + "/eligibility").then()
                .extract().path("activeJobs");
    }

    @Test
    void repeatedAssignmentIsAppliedOnce() {
        String crew = Fixtures.crew();
        UUID event = UUID.randomUUID();
        Map<String, Object> payload = Map.of("crewId", crew, "permitId", UUID.randomUUID().toString());
        Events.send(event, "crew.assigned", payload).statusCode(200).body("applied", equalTo(true));
        Events.send(event, "crew.assigned", payload).statusCode(200).body("applied", equalTo(false));
        Events.send(UUID.randomUUID(), "crew.assigned", payload).statusCode(200).body("applied", equalTo(true));
        org.junit.jupiter.api.Assertions.assertEquals(1, activeJobs(crew));
    }

    @Test
    void releaseEndsTheJobAndARepeatChangesNothing() {
        String crew = Fixtures.crew();
        String permit = Events.assign(crew);
        UUID release = UUID.randomUUID();
        Events.send(release, "crew.released", Map.of("crewId", crew, "permitId", permit)).statusCode(200);
        Events.assign(crew);
        Events.send(release, "crew.released", Map.of("crewId", crew, "permitId", permit)).statusCode(200)
                .body("applied", equalTo(false));
        org.junit.jupiter.api.Assertions.assertEquals(1, activeJobs(crew));
    }

    @Test
    void confirmedHazardDeductsFromCrewAndLeaderOnce() {
        String crew = Fixtures.crew();
        String leader = admin().get("/api/v1/crews/" + crew).then().extract().path("leaderId");
        UUID event = UUID.randomUUID();
        String hazard = UUID.randomUUID().toString();
        Map<String, Object> payload = Map.of("hazardId", hazard, "permitId", UUID.randomUUID().toString(),
                "crewId", crew, "grade", "MAJOR");
        Events.send(event, "hazard.confirmed", payload).statusCode(200).body("applied", equalTo(true));
        Events.send(event, "hazard.confirmed", payload).statusCode(200).body("applied", equalTo(false));
        Events.send(UUID.randomUUID(), "hazard.confirmed", Map.of("hazardId", UUID.randomUUID().toString(),
                "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", "GENERAL")).statusCode(200);
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(93)).body("version", equalTo(0));
        admin().get("/api/v1/craftsmen/" + leader).then().body("creditScore", equalTo(93));
        given().get("/api/v1/crews/" + crew + "/credit-history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].delta", equalTo(-2)).body("items[0].scoreAfter", equalTo(93))
                .body("items[1].delta", equalTo(-5)).body("items[1].grade", equalTo("MAJOR"))
                .body("items[1].hazardId", equalTo(hazard));
        given().queryParam("limit", 1).get("/api/v1/craftsmen/" + leader + "/credit-history").then()
                .body("items", hasSize(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void criticalHazardsNeverTakeTheScoreBelowZero() {
        String crew = Fixtures.crew();
        for (int i = 0; i < 11; i++) {
            Events.send(UUID.randomUUID(), "hazard.confirmed", Map.of("hazardId", UUID.randomUUID().toString(),
                    "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", "CRITICAL")).statusCode(200);
        }
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(0));
    }

    @Test
    void onlyAServiceTokenMayDeliver() {
        String crew = Fixtures.crew();
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"crew.assigned\",\"occurredAt\":"
                + "\"2026-11-28T10:00:00+08:00\",\"payload\":{\"crewId\":\"" + crew + "\",\"permitId\":\""
                + UUID.randomUUID() + "\"}}";
        given().contentType("application/json").body(body).post("/api/v1/events").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:anju:problem:unauthorized"));
        given().auth().oauth2(TestTokens.countyAdmin()).contentType("application/json").body(body)
                .post("/api/v1/events").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:forbidden"));
        given().auth().oauth2(TestTokens.as(Role.COUNTY_CLERK)).contentType("application/json").body("{not json")
                .post("/api/v1/events").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(0, activeJobs(crew));
    }

    @Test
    void unknownTypeIs422() {
        Events.send(UUID.randomUUID(), "crew.promoted", Map.of("crewId", UUID.randomUUID().toString()))
                .statusCode(422).body("type", equalTo("urn:anju:problem:unknown-event-type"));
    }

    @Test
    void badPayloadsAre422AndNotRemembered() {
        String crew = Fixtures.crew();
        UUID event = UUID.randomUUID();
        Events.send(event, "crew.assigned", Map.of("crewId", crew)).statusCode(422)
                .body("errors[0].field", equalTo("payload.permitId"));
        Events.send(UUID.randomUUID(), "crew.assigned", Map.of("crewId", UUID.randomUUID().toString(),
                "permitId", UUID.randomUUID().toString())).statusCode(422)
                .body("errors[0].rule", equalTo("unknown-crew"));
        Events.send(UUID.randomUUID(), "hazard.confirmed", Map.of("hazardId", UUID.randomUUID().toString(),
                "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", "HUGE")).statusCode(422)
                .body("errors[0].field", equalTo("payload.grade"));
        // the refused event id was not remembered: a corrected retry is applied
        Events.send(event, "crew.assigned", Map.of("crewId", crew, "permitId", UUID.randomUUID().toString()))
                .statusCode(200).body("applied", equalTo(true));
    }
}
