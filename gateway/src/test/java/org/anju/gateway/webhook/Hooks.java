package org.anju.gateway.webhook;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.common.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Test helpers: the county admin's calls, subscriptions, and events sent as the services' outbox relays send them. */
final class Hooks {

    static final String SECRET = "county-hall-webhook-secret-2026-ABCDEFGHIJK";

    private Hooks() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON);
    }

    /** A subscription of the demo county with the test secret to {@code path} on the WireMock subscriber. */
    static String subscribe(String path, String... types) {
        return admin().body(Map.of("url", SubscriberStub.server.baseUrl() + path, "secret", SECRET,
                "eventTypes", List.of(types), "description", "测试订阅 " + path))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    static String etag(String subscriptionId) {
        return admin().get("/api/v1/webhooks/" + subscriptionId).then().statusCode(200).extract().header("ETag");
    }

    /** An event of the demo county about a new permit, as permits- or inspections-service's outbox relay posts it. */
    static Map<String, Object> event(UUID id, String type, OffsetDateTime at, String county) {
        String permitId = UUID.randomUUID().toString();
        Map<String, Object> payload = new HashMap<>();
        payload.put("permitId", permitId);
        payload.put("applicationNumber", "A369901-2026-000042");
        payload.put("county", county);
        payload.put("township", "369901100000");
        payload.put("village", "369901100201");
        payload.put("state", "BOOK_ISSUED");
        payload.put("occurredAt", at.toString());
        if (type.startsWith("book") || type.startsWith("certificate")) {
            payload.put("documentNumber", "369901-2026-000123");
        }
        return Map.of("id", id.toString(), "type", type, "aggregateId", permitId, "occurredAt", at.toString(),
                "payload", payload);
    }

    /** Posts an event to the gateway's receiver the way the services' outbox relays do. */
    static ValidatableResponse send(Map<String, Object> event) {
        return given().auth().oauth2(org.anju.common.testing.TestTokens.service("permits-service"))
                .contentType(ContentType.JSON).header("Idempotency-Key", event.get("id").toString())
                .body(event).post("/api/v1/events").then();
    }
}
