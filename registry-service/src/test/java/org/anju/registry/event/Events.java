package org.anju.registry.event;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.anju.common.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends events to the receiver the way an outbox relay does: with a service token. */
public final class Events {

    private Events() {
    }

    public static ValidatableResponse send(UUID id, String type, Map<String, Object> payload) {
        return given().auth().oauth2(TestTokens.service("inspections-service")).contentType(ContentType.JSON).body(Map.of("id", id.toString(), "type", type, "occurredAt", OffsetDateTime.now().toString(),
                "payload", payload)).post("/api/v1/events").then();
    }

    public static String assign(String crewId) {
        String permit = UUID.randomUUID().toString();
        send(UUID.randomUUID(), "crew.assigned", Map.of("crewId", crewId, "permitId", permit)).statusCode(200);
        return permit;
    }
}
