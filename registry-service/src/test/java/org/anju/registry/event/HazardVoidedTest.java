package org.anju.registry.event;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Due process of credit: a hazard the county voided gives its deduction back, and both entries stay. */
@QuarkusTest
class HazardVoidedTest {

    private static Map<String, Object> confirmed(String hazard, String crew, String grade) {
        return Map.of("hazardId", hazard, "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", grade);
    }

    private static Map<String, Object> voided(String hazard, String crew, String reason) {
        return Map.of("hazardId", hazard, "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", "MAJOR",
                "reason", reason, "voidedBy", "test-county_admin");
    }

    @Test
    void voidedHazardGivesTheDeductionBackToCrewAndLeaderOnceKeepingBothEntries() {
        String crew = Fixtures.crew();
        String leader = admin().get("/api/v1/crews/" + crew).then().extract().path("leaderId");
        String hazard = UUID.randomUUID().toString();
        Events.send(UUID.randomUUID(), "hazard.confirmed", confirmed(hazard, crew, "MAJOR")).statusCode(200);
        Events.send(UUID.randomUUID(), "hazard.confirmed", confirmed(UUID.randomUUID().toString(), crew, "GENERAL"))
                .statusCode(200);
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(93));

        UUID event = UUID.randomUUID();
        Events.send(event, "hazard.voided", voided(hazard, crew, "复核认定为误报")).statusCode(200)
                .body("applied", equalTo(true));
        Events.send(event, "hazard.voided", voided(hazard, crew, "复核认定为误报")).statusCode(200)
                .body("applied", equalTo(false));
        // another event voiding the same hazard again gives nothing back twice
        Events.send(UUID.randomUUID(), "hazard.voided", voided(hazard, crew, "再次撤销")).statusCode(200);

        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(98)).body("version", equalTo(0));
        admin().get("/api/v1/craftsmen/" + leader).then().body("creditScore", equalTo(98));
        given().get("/api/v1/crews/" + crew + "/credit-history").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].kind", equalTo("REVERSAL")).body("items[0].delta", equalTo(5))
                .body("items[0].scoreAfter", equalTo(98)).body("items[0].hazardId", equalTo(hazard))
                .body("items[0].reason", containsString(hazard)).body("items[0].reason", containsString("复核认定为误报"))
                .body("items[0].reversesEntryId", equalTo(given().get("/api/v1/crews/" + crew + "/credit-history")
                        .then().extract().path("items[2].id")))
                .body("items[2].kind", equalTo("DEDUCTION")).body("items[2].delta", equalTo(-5))
                .body("items[2].reversesEntryId", nullValue());
        given().get("/api/v1/craftsmen/" + leader + "/credit-history").then()
                .body("items[0].kind", equalTo("REVERSAL")).body("items[0].delta", equalTo(5));
    }

    @Test
    void reversalGivesBackWhatWasTakenNotMoreWhenTheScoreHadReachedZero() {
        String crew = Fixtures.crew();
        for (int i = 0; i < 9; i++) {
            Events.send(UUID.randomUUID(), "hazard.confirmed", confirmed(UUID.randomUUID().toString(), crew,
                    "CRITICAL")).statusCode(200);
        }
        String last = UUID.randomUUID().toString();
        Events.send(UUID.randomUUID(), "hazard.confirmed", confirmed(UUID.randomUUID().toString(), crew, "MAJOR"))
                .statusCode(200);
        Events.send(UUID.randomUUID(), "hazard.confirmed", confirmed(last, crew, "CRITICAL")).statusCode(200);
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(0));
        Events.send(UUID.randomUUID(), "hazard.voided", voided(last, crew, "误报")).statusCode(200);
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(5));
    }

    @Test
    void voidOfAHazardNeverDeductedChangesNothing() {
        String crew = Fixtures.crew();
        Events.send(UUID.randomUUID(), "hazard.voided", voided(UUID.randomUUID().toString(), crew, "误报"))
                .statusCode(200).body("applied", equalTo(true));
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(100));
        given().get("/api/v1/crews/" + crew + "/credit-history").then().body("items", hasSize(0));
    }

    @Test
    void voidWithoutAReasonIs422AndNotRemembered() {
        String crew = Fixtures.crew();
        String hazard = UUID.randomUUID().toString();
        Events.send(UUID.randomUUID(), "hazard.confirmed", confirmed(hazard, crew, "GENERAL")).statusCode(200);
        UUID event = UUID.randomUUID();
        Events.send(event, "hazard.voided", Map.of("hazardId", hazard, "crewId", crew)).statusCode(422)
                .body("type", equalTo("urn:anju:problem:bad-event-payload"))
                .body("errors[0].field", equalTo("payload.reason"));
        Events.send(UUID.randomUUID(), "hazard.voided", Map.of("hazardId", "nope", "reason", "x")).statusCode(422)
                .body("errors[0].field", equalTo("payload.hazardId"));
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(98));
        Events.send(event, "hazard.voided", voided(hazard, crew, "误报")).statusCode(200)
                .body("applied", equalTo(true));
        admin().get("/api/v1/crews/" + crew).then().body("creditScore", equalTo(100));
    }
}
