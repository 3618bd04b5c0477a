package org.anju.gateway.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.anju.common.outbox.Outbox;
import org.anju.common.outbox.OutboxRelay;
import org.anju.common.security.ServiceTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The shared outbox: nothing is lost while the receiver is down, nothing is delivered twice, order is kept; every
 * delivery carries the service token from the (stubbed) gateway token endpoint, and without one the event waits.
 */
@QuarkusTest
@QuarkusTestResource(value = ReceiverStub.class, restrictToAnnotatedClass = true)
class OutboxRelayTest {

    private static final String EVENTS = "/api/v1/events";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ServiceTokens tokens;

    @Inject
    EntityManager em;

    @BeforeEach
    @Transactional
    void clean() {
        em.createNativeQuery("delete from outbox_event").executeUpdate();
        ReceiverStub.server.resetAll();
        tokens.forget();
        tokenEndpointAnswers("svc-token-1");
    }

    private static void tokenEndpointAnswers(String token) {
        ReceiverStub.server.stubFor(post(urlEqualTo(ReceiverStub.TOKEN_PATH)).willReturn(tokenResponse(token)));
    }

    private static ResponseDefinitionBuilder tokenResponse(String token) {
        return aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
    }

    private void dueNow() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now()").executeUpdate());
    }

    @Test
    void deliversInOrderOnceAfterTheReceiverComesBack() {
        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(503)));
        UUID issued = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish("probe", "stopwork.issued", "permit-1", Map.of("notice", "N-1")));
        UUID lifted = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish("probe", "stopwork.lifted", "permit-1", Map.of("notice", "N-1")));

        assertEquals(0, relay.relay());
        // the first event failed, so the second was held back rather than overtaking it
        assertEquals(1, ReceiverStub.server.findAll(postRequestedFor(urlEqualTo(EVENTS))).size());
        assertEquals(2, relay.pending());

        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)));
        dueNow();
        assertEquals(2, relay.relay());
        assertEquals(0, relay.relay());

        List<LoggedRequest> received = ReceiverStub.server.findAll(postRequestedFor(urlEqualTo(EVENTS)));
        assertEquals(3, received.size());
        ReceiverStub.server.verify(2, postRequestedFor(urlEqualTo(EVENTS))
                .withHeader("Idempotency-Key", equalTo(issued.toString()))
                .withRequestBody(matchingJsonPath("$.type", equalTo("stopwork.issued")))
                .withRequestBody(matchingJsonPath("$.payload.notice", equalTo("N-1"))));
        assertEquals(issued.toString(), received.get(1).getHeader("Idempotency-Key"));
        assertEquals(lifted.toString(), received.get(2).getHeader("Idempotency-Key"));
        assertEquals(0, relay.pending());
        // every delivery carried the service token, fetched once and kept
        received.forEach(r -> assertEquals("Bearer svc-token-1", r.getHeader("Authorization")));
        ReceiverStub.server.verify(1, postRequestedFor(urlEqualTo(ReceiverStub.TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withHeader("Authorization", matching("Basic .+")));
    }

    @Test
    void aRefusedEventIsSetAsideAndDoesNotBlockTheNext() {
        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.type", equalTo("bad.event")))
                .willReturn(aResponse().withStatus(422)));
        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.type", equalTo("good.event")))
                .willReturn(aResponse().withStatus(204)));
        QuarkusTransaction.requiringNew().run(() -> outbox.publish("probe", "bad.event", "x", Map.of()));
        QuarkusTransaction.requiringNew().run(() -> outbox.publish("probe", "good.event", "x", Map.of()));

        assertEquals(1, relay.relay());
        assertEquals(0, relay.pending());
        Object error = em.createNativeQuery("select last_error from outbox_event where event_type = 'bad.event' "
                + "and rejected_at is not null").getSingleResult();
        assertEquals("HTTP 422: ", error);
    }

    @Test
    void withTheTokenEndpointDownTheEventWaitsAndGoesOutWhenItIsBack() {
        ReceiverStub.server.resetAll();
        ReceiverStub.server.stubFor(post(urlEqualTo(ReceiverStub.TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)));
        UUID id = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish("probe", "visit.passed", "permit-2", Map.of("visit", "V-1")));

        assertEquals(0, relay.relay());
        assertEquals(1, relay.pending());
        // nothing went out without a token, and the event is not set aside
        assertEquals(0, ReceiverStub.server.findAll(postRequestedFor(urlEqualTo(EVENTS))).size());
        Object[] row = (Object[]) em.createNativeQuery("select last_error, rejected_at, attempts from outbox_event "
                + "where id = ?1").setParameter(1, id).getSingleResult();
        assertTrue(((String) row[0]).startsWith("no service token: "), (String) row[0]);
        assertNull(row[1]);
        assertEquals(1, ((Number) row[2]).intValue());

        tokenEndpointAnswers("svc-token-after-outage");
        dueNow();
        assertEquals(1, relay.relay());
        assertEquals(0, relay.pending());
        ReceiverStub.server.verify(1, postRequestedFor(urlEqualTo(EVENTS))
                .withHeader("Idempotency-Key", equalTo(id.toString()))
                .withHeader("Authorization", equalTo("Bearer svc-token-after-outage")));
    }

    @Test
    void aTokenTheReceiverRefusesIsDroppedAndTheEventRetriedWithAFreshOne() {
        ReceiverStub.server.resetAll();
        ReceiverStub.server.stubFor(post(urlEqualTo(ReceiverStub.TOKEN_PATH)).inScenario("rotation")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("rotated").willReturn(tokenResponse("old")));
        ReceiverStub.server.stubFor(post(urlEqualTo(ReceiverStub.TOKEN_PATH)).inScenario("rotation")
                .whenScenarioStateIs("rotated").willReturn(tokenResponse("new")));
        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS)).withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401)));
        ReceiverStub.server.stubFor(post(urlEqualTo(EVENTS)).withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(aResponse().withStatus(200)));
        UUID id = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish("probe", "stopwork.issued", "permit-3", Map.of("notice", "N-3")));

        assertEquals(0, relay.relay());
        // a 401 is not the event's fault: it waits rather than being set aside like a 4xx refusal
        assertEquals(1, relay.pending());
        dueNow();
        assertEquals(1, relay.relay());
        ReceiverStub.server.verify(1, postRequestedFor(urlEqualTo(EVENTS))
                .withHeader("Idempotency-Key", equalTo(id.toString()))
                .withHeader("Authorization", equalTo("Bearer new")));
        ReceiverStub.server.verify(2, postRequestedFor(urlEqualTo(ReceiverStub.TOKEN_PATH)));
    }
}
