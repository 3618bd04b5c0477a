package org.anju.gateway.webhook;

import static org.anju.gateway.webhook.Hooks.admin;
import static org.anju.gateway.webhook.Hooks.event;
import static org.anju.gateway.webhook.Hooks.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With private addresses not allowed (as in production), a county admin cannot point a webhook into the gateway's
 * own network, and a subscription whose host resolves there gets nothing sent: the attempt is recorded as refused.
 */
@QuarkusTest
@TestProfile(WebhookAddressGuardTest.Production.class)
@QuarkusTestResource(SubscriberStub.class)
class WebhookAddressGuardTest {

    /** The production rule for subscriber addresses. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("anju.webhooks.allow-private-addresses", "false", "anju.webhooks.poll", "off");
        }
    }

    @Inject
    WebhookRelay relay;

    @Inject
    WebhookConfig config;

    @Inject
    EntityManager em;

    @Test
    void addressesInsideTheGatewaysNetworkAreRefusedByName() {
        for (String url : List.of("http://127.0.0.1:8080/api/v1/accounts", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/x", "http://192.168.1.10/hook", "http://localhost:9000/x")) {
            admin().body(Map.of("url", url, "eventTypes", List.of("book.issued"))).post("/api/v1/webhooks").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url")).body("errors[0].rule", equalTo("url-public-address"));
        }
        admin().body(Map.of("url", "https://hall.example.gov.cn/anju/events", "eventTypes", List.of("book.issued")))
                .post("/api/v1/webhooks").then().statusCode(201);
    }

    @Test
    void aSubscriptionThatResolvesIntoTheNetworkGetsNothingSent() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook_subscription")
                .executeUpdate());
        SubscriberStub.server.resetAll();
        SubscriberStub.server.stubFor(WireMock.post(WireMock.urlEqualTo("/guarded"))
                .willReturn(WireMock.aResponse().withStatus(200)));
        // registered while it pointed elsewhere (or under a looser rule): now its host is this machine
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.persist(new WebhookSubscription(id, "369901",
                SubscriberStub.server.baseUrl() + "/guarded", WebhookSecrets.of(config).encrypt(id, Hooks.SECRET),
                List.of("book.issued"), "guarded", "test", OffsetDateTime.now())));
        send(event(UUID.randomUUID(), "book.issued", OffsetDateTime.now(), "369901")).statusCode(200);

        assertEquals(0, relay.relay());
        assertEquals(0, SubscriberStub.server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/guarded")))
                .size(), "nothing reaches an address inside the network");
        Object[] d = (Object[]) em.createNativeQuery("select status, attempts, last_error from webhook_delivery "
                + "where subscription_id = ?1").setParameter(1, id).getSingleResult();
        assertEquals("PENDING", d[0], "kept, in case the name points outside again");
        assertEquals(1, ((Number) d[1]).intValue());
        assertTrue(((String) d[2]).contains("not a public internet address"), (String) d[2]);
    }
}
