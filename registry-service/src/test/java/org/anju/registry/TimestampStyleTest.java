package org.anju.registry;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.common.testing.TestTokens;
import org.anju.registry.event.Events;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One timestamp style in every answer of registry-service, as permits- and inspections-service answer: UTC with a
 * {@code Z} and microseconds at most (what PostgreSQL keeps), so the answer to a write and a later read agree.
 */
@QuarkusTest
class TimestampStyleTest {

    private static void assertUtc(String what, String value) {
        assertTrue(value != null && value.endsWith("Z"), what + " must be UTC with Z, was " + value);
    }

    @Test
    void writeAnswersAndReadsAgreeOnEveryTimestamp() {
        String leader = Fixtures.trainedCraftsman();
        var created = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract();
        String crew = created.path("id");
        String filedPosted = created.path("filedAt");
        String filedRead = admin().get("/api/v1/crews/" + crew).then().statusCode(200).extract().path("filedAt");
        assertUtc("POST /crews filedAt", filedPosted);
        assertEquals(filedPosted, filedRead, "filedAt of the POST answer and the GET");

        String decidedPosted = admin().body(Map.of("action", "QUALIFY", "reason", "时间格式"))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(200).extract()
                .path("history[0].decidedAt");
        String decidedRead = admin().get("/api/v1/crews/" + crew + "/qualification").then().statusCode(200)
                .extract().path("history[0].decidedAt");
        assertUtc("decidedAt", decidedPosted);
        assertEquals(decidedPosted, decidedRead, "decidedAt of the POST answer and the GET");

        String reservedAt = given().auth().oauth2(TestTokens.service("permits-service")).contentType(ContentType.JSON)
                .body(Map.of("startsOn", Fixtures.today().plusDays(10).toString()))
                .put("/api/v1/crews/" + crew + "/reservations/" + UUID.randomUUID()).then().statusCode(201)
                .extract().path("reservedAt");
        assertUtc("reservedAt", reservedAt);

        Events.send(UUID.randomUUID(), "hazard.confirmed", Map.of("hazardId", UUID.randomUUID().toString(),
                "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", "GENERAL")).statusCode(200);
        assertUtc("recordedAt", given().get("/api/v1/crews/" + crew + "/credit-history").then().statusCode(200)
                .extract().path("items[0].recordedAt"));
    }
}
