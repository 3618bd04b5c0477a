package org.anju.gateway.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.anju.gateway.webhook.Hooks.admin;
import static org.anju.gateway.webhook.Hooks.event;
import static org.anju.gateway.webhook.Hooks.send;
import static org.anju.gateway.webhook.Hooks.subscribe;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Events from the services reach subscribers signed, once, in order, after any outage, and again on replay: the
 * WireMock subscriber stands in for the county hall's system; the test checks the signature with its own HMAC.
 */
@QuarkusTest
@QuarkusTestResource(SubscriberStub.class)
class WebhookDeliveryTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-28T09:00:00+08:00");

    @Inject
    WebhookRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void clean() {
        // the relay serves every subscription in the database: each test starts with none
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook_subscription")
                .executeUpdate());
        SubscriberStub.server.resetAll();
    }

    private static void answer(String path, int status) {
        SubscriberStub.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
    }

    private static List<LoggedRequest> received(String path) {
        return SubscriberStub.server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** Makes every waiting delivery due now, as if its backoff had run out. */
    private void backoffOver() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update webhook_delivery set next_attempt_at = now() where status = 'PENDING'").executeUpdate());
    }

    /** Why deliveries failed, for an assertion's message. */
    private String lastErrors() {
        return String.valueOf(em.createNativeQuery("select string_agg(coalesce(last_error, status), '; ') "
                + "from webhook_delivery").getSingleResult());
    }

    private long deliveries(String subscriptionId) {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1")
                .setParameter(1, UUID.fromString(subscriptionId)).getSingleResult()).longValue();
    }

    @Test
    void anEventBecomesADeliverySignedWithHmacOverTimestampAndBody() throws Exception {
        answer("/hooks/hall", 204);
        String subscription = subscribe("/hooks/hall", "book.issued", "certificate.issued");
        UUID eventId = UUID.randomUUID();
        send(event(eventId, "book.issued", T0, "369901")).statusCode(200);

        assertEquals(1, relay.relay(), this::lastErrors);
        List<LoggedRequest> requests = received("/hooks/hall");
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        String body = request.getBodyAsString();
        String timestamp = request.getHeader("Anju-Webhook-Timestamp");
        String signature = request.getHeader("Anju-Webhook-Signature");
        assertEquals(eventId.toString(), request.getHeader("Anju-Webhook-Id"));
        assertTrue(request.getHeader("Content-Type").startsWith("application/json"));

        // the subscriber's check, written here independently: HMAC-SHA256(secret, "<t>.<raw body>") in hex
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Hooks.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("t=" + timestamp + ",v1=" + expected, signature);
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
        assertTrue(age < 300, "the timestamp is the time of sending, inside a 5-minute replay window: " + age);

        JsonNode sent = json.readTree(body);
        assertEquals(eventId.toString(), sent.path("id").asText());
        assertEquals("book.issued", sent.path("type").asText());
        assertEquals("2026-11-28T09:00:00+08:00", sent.path("occurredAt").asText());
        assertEquals("369901", sent.path("county").asText());
        assertEquals("369901-2026-000123", sent.path("data").path("documentNumber").asText());
        assertEquals(List.of("id", "type", "occurredAt", "county", "data"), fieldNames(sent));

        admin().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].eventId", equalTo(eventId.toString()))
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attemptCount", equalTo(1))
                .body("items[0].attempts[0].statusCode", equalTo(204))
                .body("items[0].attempts[0].outcome", equalTo("DELIVERED"));
        // a signature made with another secret does not match: the check above is not vacuous
        mac.init(new SecretKeySpec("another-secret-another-secret-00".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertTrue(!signature.endsWith(HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)))));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aSubscriberAnswering500ThreeTimesGetsTheEventOnceItAnswers200WithEveryAttemptRecorded() {
        var wm = SubscriberStub.server;
        String path = "/hooks/flaky";
        wm.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("database is down")).willSetStateTo("1"));
        wm.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("1")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("2"));
        wm.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("3"));
        wm.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("3")
                .willReturn(aResponse().withStatus(200)));
        String subscription = subscribe(path, "certificate.issued");
        UUID eventId = UUID.randomUUID();
        send(event(eventId, "certificate.issued", T0, "369901")).statusCode(200);

        assertEquals(0, relay.relay());
        assertEquals(0, relay.relay());
        assertEquals(1, received(path).size(), "after a failure the relay waits out the backoff");
        backoffOver();
        assertEquals(0, relay.relay());
        backoffOver();
        assertEquals(0, relay.relay());
        backoffOver();
        assertEquals(1, relay.relay());
        backoffOver();
        assertEquals(0, relay.relay());

        List<LoggedRequest> requests = received(path);
        assertEquals(4, requests.size());
        assertTrue(requests.stream().allMatch(r -> eventId.toString().equals(r.getHeader("Anju-Webhook-Id"))));
        admin().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attemptCount", equalTo(4)).body("items[0].deliveredAt", notNullValue())
                .body("items[0].attempts.outcome", equalTo(List.of("DELIVERED", "FAILED", "FAILED", "FAILED")))
                .body("items[0].attempts.statusCode", equalTo(List.of(200, 502, 500, 500)))
                .body("items[0].attempts[3].error", equalTo("HTTP 500: database is down"))
                .body("items[0].attempts[0].durationMs", notNullValue());
    }

    @Test
    void aSubscriberDownWhileFiveEventsHappenGetsAllFiveInOrderAndHoldsUpNoOtherSubscriber() {
        answer("/hooks/down", 503);
        answer("/hooks/up", 200);
        String down = subscribe("/hooks/down", "application.submitted", "stop-work.issued");
        subscribe("/hooks/up", "application.submitted", "stop-work.issued");
        List<String> happened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            happened.add(id.toString());
            send(event(id, i % 2 == 0 ? "application.submitted" : "stop-work.issued", T0.plusMinutes(i), "369901"))
                    .statusCode(200);
        }

        assertEquals(5, relay.relay(), "the healthy subscriber gets all five at once");
        assertEquals(happened, ids(received("/hooks/up")));
        assertEquals(1, received("/hooks/down").size(), "the first failure holds back the later four");
        backoffOver();
        relay.relay();
        assertEquals(List.of(happened.get(0), happened.get(0)), ids(received("/hooks/down")));

        answer("/hooks/down", 200);
        SubscriberStub.server.resetRequests();
        backoffOver();
        assertEquals(5, relay.relay());
        assertEquals(happened, ids(received("/hooks/down")), "every event, in the order they happened");
        admin().queryParam("status", "PENDING").get("/api/v1/webhooks/" + down + "/deliveries").then()
                .statusCode(200).body("items.size()", equalTo(0));
        admin().get("/api/v1/webhooks/" + down + "/deliveries").then().statusCode(200)
                .body("items.eventId", equalTo(reversed(happened)));
    }

    private static List<String> ids(List<LoggedRequest> requests) {
        return requests.stream().map(r -> r.getHeader("Anju-Webhook-Id")).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    @Test
    void replaySendsPastDeliveriesAgainWithTheSameEventIds() {
        answer("/hooks/replay", 200);
        String subscription = subscribe("/hooks/replay", "build.completed");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send(event(first, "build.completed", T0, "369901")).statusCode(200);
        send(event(second, "build.completed", T0.plusHours(2), "369901")).statusCode(200);
        assertEquals(2, relay.relay());

        String deliveryOfFirst = admin().get("/api/v1/webhooks/" + subscription + "/deliveries").then()
                .extract().path("items.find { it.eventId == '" + first + "' }.id");
        SubscriberStub.server.resetRequests();
        admin().body(Map.of("deliveryIds", List.of(deliveryOfFirst)))
                .post("/api/v1/webhooks/" + subscription + "/replay").then().statusCode(202)
                .body("requeued", equalTo(1));
        assertEquals(1, relay.relay());
        assertEquals(List.of(first.toString()), ids(received("/hooks/replay")));

        // by time: events that happened from an hour after the first on
        SubscriberStub.server.resetRequests();
        admin().body(Map.of("from", T0.plusHours(1).toString())).post("/api/v1/webhooks/" + subscription + "/replay")
                .then().statusCode(202).body("requeued", equalTo(1));
        assertEquals(1, relay.relay());
        assertEquals(List.of(second.toString()), ids(received("/hooks/replay")));
        admin().get("/api/v1/webhooks/" + subscription + "/deliveries").then()
                .body("items.find { it.eventId == '" + first + "' }.attemptCount", equalTo(2));

        admin().body(Map.of("deliveryIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/webhooks/" + subscription + "/replay").then().statusCode(400)
                .body("errors[0].field", equalTo("deliveryIds[0]"));
        admin().body(Map.of()).post("/api/v1/webhooks/" + subscription + "/replay").then().statusCode(400);
    }

    @Test
    void anEventOfATypeNotSubscribedOrOfAnotherCountyIsNotDelivered() {
        answer("/hooks/books", 200);
        String subscription = subscribe("/hooks/books", "book.issued");
        send(event(UUID.randomUUID(), "stop-work.lifted", T0, "369901")).statusCode(200);
        send(event(UUID.randomUUID(), "book.issued", T0, "369902")).statusCode(200);
        assertEquals(0, deliveries(subscription));
        assertEquals(0, relay.relay());
        assertEquals(0, received("/hooks/books").size());
    }

    @Test
    void aRepeatedEventIdFromTheServicesIsDeliveredOnce() {
        answer("/hooks/once", 200);
        String subscription = subscribe("/hooks/once", "stop-work.issued");
        Map<String, Object> event = event(UUID.randomUUID(), "stop-work.issued", T0, "369901");
        send(event).statusCode(200);
        send(event).statusCode(200);
        assertEquals(1, deliveries(subscription));
        assertEquals(1, relay.relay());
        assertEquals(0, relay.relay());
        assertEquals(1, received("/hooks/once").size());
    }

    @Test
    void anEventWithoutItsCountyIsRefused() {
        Map<String, Object> event = new java.util.HashMap<>(event(UUID.randomUUID(), "book.issued", T0, "369901"));
        event.put("payload", Map.of("permitId", UUID.randomUUID().toString()));
        send(event).statusCode(422).body("errors[0].field", equalTo("payload.county"));
    }

    @Test
    void a410GonePausesTheSubscriptionAndResumingSendsWhatWaitedInOrder() {
        answer("/hooks/gone", 410);
        String subscription = subscribe("/hooks/gone", "book.issued");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send(event(first, "book.issued", T0, "369901")).statusCode(200);
        assertEquals(0, relay.relay());
        String etag = admin().get("/api/v1/webhooks/" + subscription).then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("pausedReason", org.hamcrest.Matchers.containsString("410"))
                .extract().header("ETag");
        send(event(second, "book.issued", T0.plusMinutes(1), "369901")).statusCode(200);
        backoffOver();
        assertEquals(0, relay.relay());
        assertEquals(1, received("/hooks/gone").size(), "nothing is sent to a paused subscription");

        answer("/hooks/gone", 200);
        SubscriberStub.server.resetRequests();
        admin().header("If-Match", etag).post("/api/v1/webhooks/" + subscription + "/resume").then().statusCode(200);
        assertEquals(2, relay.relay());
        assertEquals(List.of(first.toString(), second.toString()), ids(received("/hooks/gone")));
    }

    @Test
    void noAnswerInTimeAndABrokenConnectionAreRetried() {
        String path = "/hooks/slow";
        SubscriberStub.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withFixedDelay(4000)));
        String subscription = subscribe(path, "book.issued");
        send(event(UUID.randomUUID(), "book.issued", T0, "369901")).statusCode(200);
        assertEquals(0, relay.relay());
        SubscriberStub.server.stubFor(post(urlEqualTo(path)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        backoffOver();
        assertEquals(0, relay.relay());
        answer(path, 200);
        backoffOver();
        assertEquals(1, relay.relay());
        admin().get("/api/v1/webhooks/" + subscription + "/deliveries").then()
                .body("items[0].attempts.outcome", equalTo(List.of("DELIVERED", "FAILED", "FAILED")))
                .body("items[0].attempts[2].error", org.hamcrest.Matchers.containsString("No answer within"))
                .body("items[0].attempts[2]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("statusCode")));
    }

    @Test
    void whileAnotherGatewayInstanceRelaysThisOneSendsNothing() throws Exception {
        answer("/hooks/lock", 200);
        subscribe("/hooks/lock", "book.issued");
        send(event(UUID.randomUUID(), "book.issued", T0, "369901")).statusCode(200);
        try (java.sql.Connection other = dataSource.getConnection();
                java.sql.PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, WebhookRelay.LOCK_KEY);
            lock.executeQuery().close();
            assertEquals(0, relay.relay());
            assertEquals(0, received("/hooks/lock").size());
            try (java.sql.PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, WebhookRelay.LOCK_KEY);
                unlock.executeQuery().close();
            }
        }
        assertEquals(1, relay.relay());
        assertEquals(1, received("/hooks/lock").size());
    }
}
