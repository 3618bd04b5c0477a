package org.anju.gateway.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.anju.common.outbox.Outbox;
import org.anju.common.outbox.OutboxRelay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The shared outbox: nothing is lost while the receiver is down, nothing is delivered twice, order is kept. */
@QuarkusTest
@QuarkusTestResource(value = ReceiverStub.class, restrictToAnnotatedClass = true)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @BeforeEach
    @Transactional
    void clean() {
        em.createNativeQuery("delete from outbox_event").executeUpdate();
        ReceiverStub.server.resetAll();
    }

    @Test
    void deliversInOrderOnceAfterTheReceiverComesBack() {
        ReceiverStub.server.stubFor(post(urlEqualTo("/api/v1/events")).willReturn(aResponse().withStatus(503)));
        UUID issued = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish("probe", "stopwork.issued", "permit-1", Map.of("notice", "N-1")));
        UUID lifted = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish("probe", "stopwork.lifted", "permit-1", Map.of("notice", "N-1")));

        assertEquals(0, relay.relay());
        // the first event failed, so the second was held back rather than overtaking it
        assertEquals(1, ReceiverStub.server.findAll(postRequestedFor(urlEqualTo("/api/v1/events"))).size());
        assertEquals(2, relay.pending());

        ReceiverStub.server.resetAll();
        ReceiverStub.server.stubFor(post(urlEqualTo("/api/v1/events")).willReturn(aResponse().withStatus(200)));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now()").executeUpdate());
        assertEquals(2, relay.relay());
        assertEquals(0, relay.relay());

        List<LoggedRequest> received = ReceiverStub.server.findAll(postRequestedFor(urlEqualTo("/api/v1/events")));
        assertEquals(2, received.size());
        ReceiverStub.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/events"))
                .withHeader("Idempotency-Key", equalTo(issued.toString()))
                .withRequestBody(matchingJsonPath("$.type", equalTo("stopwork.issued")))
                .withRequestBody(matchingJsonPath("$.payload.notice", equalTo("N-1"))));
        assertEquals(issued.toString(), received.get(0).getHeader("Idempotency-Key"));
        assertEquals(lifted.toString(), received.get(1).getHeader("Idempotency-Key"));
        assertEquals(0, relay.pending());
    }

    @Test
    void aRefusedEventIsSetAsideAndDoesNotBlockTheNext() {
        ReceiverStub.server.stubFor(post(urlEqualTo("/api/v1/events"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("bad.event")))
                .willReturn(aResponse().withStatus(422)));
        ReceiverStub.server.stubFor(post(urlEqualTo("/api/v1/events"))
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
}
