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

    /** Sends one of the shared event records (org.anju.common.event.Events) as permits- or inspections-service would. */
    @SuppressWarnings("unchecked")
    public static ValidatableResponse send(UUID id, String type, Object event) {
        return send(id, type, (Map<String, Object>) WIRE.convertValue(event, Map.class));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper WIRE =
            new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

    public static String assign(String crewId) {
        UUID permit = UUID.randomUUID();
        send(UUID.randomUUID(), org.anju.common.event.Events.CrewAssigned.TYPE,
                (Object) new org.anju.common.event.Events.CrewAssigned(UUID.fromString(crewId), permit)).statusCode(200);
        return permit.toString();
    }
}
