package org.anju.inspections;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.permit;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.outbox.OutboxRelay;
import org.anju.inspections.support.PermitsStub;
import org.anju.inspections.support.Visits;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Events reach permits-service and registry-service exactly once each, even when both were down first. */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    private List<Object[]> ours(String permitId, String hazardId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, event_type, delivered_at from outbox_event where "
                + "aggregate_id in (?1, ?2) order by seq").setParameter(1, permitId).setParameter(2, hazardId)
                .getResultList();
        return rows;
    }

    private void drain() {
        for (int i = 0; i < 20 && relay.pending() > 0; i++) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
            relay.relay();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper STRICT =
            new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

    @Test
    void visitPassedAndHazardConfirmedAreDeliveredExactlyOnceAfterTheReceiversComeBack() throws Exception {
        var wm = PermitsStub.server;
        try {
            drain(); // whatever other tests left is delivered first, so the line is clear
            wm.stubFor(post(urlEqualTo("/permits/api/v1/events")).willReturn(aResponse().withStatus(503)));
            wm.stubFor(post(urlEqualTo("/registry/api/v1/events")).willReturn(aResponse().withStatus(503)));
            UUID permitId = permit("FOUNDATION_TRENCH");
            String visitId = Visits.onSite(permitId, "FOUNDATION_TRENCH", trenchAnswers(true), "PASSED");
            String hazardId = inspector().body(Map.of("type", "TEMPORARY_ELECTRICITY", "grade", "GENERAL",
                    "description", "配电箱无漏电保护", "responsiblePerson", "李建国"))
                    .post("/api/v1/visits/" + visitId + "/hazards").then().statusCode(201).extract().path("id");
            List<Object[]> events = ours(permitId.toString(), hazardId);
            assertEquals(List.of("visit.passed", "hazard.confirmed"), events.stream().map(e -> e[1]).toList());

            wm.resetRequests();
            assertEquals(0, relay.relay());
            assertTrue(wm.findAll(postRequestedFor(urlEqualTo("/permits/api/v1/events"))).size() >= 1,
                    "the relay tried permits-service while it was down");
            assertTrue(ours(permitId.toString(), hazardId).stream().allMatch(e -> e[2] == null));

            wm.stubFor(post(urlEqualTo("/permits/api/v1/events")).willReturn(aResponse().withStatus(200)));
            wm.stubFor(post(urlEqualTo("/registry/api/v1/events")).willReturn(aResponse().withStatus(200)));
            wm.resetRequests();
            drain();
            drain();
            for (Object[] e : ours(permitId.toString(), hazardId)) {
                String destination = "visit.passed".equals(e[1]) ? "/permits/api/v1/events" : "/registry/api/v1/events";
                var delivered = wm.findAll(postRequestedFor(urlEqualTo(destination)).withHeader("Idempotency-Key",
                        equalTo(e[0].toString())));
                assertEquals(1, delivered.size());
                // what goes on the wire is the shared record, key for key (a strict reader fails on any other key)
                var payload = STRICT.readTree(delivered.get(0).getBodyAsString()).get("payload");
                if ("visit.passed".equals(e[1])) {
                    var passed = STRICT.treeToValue(payload, org.anju.common.event.Events.VisitPassed.class);
                    assertEquals(permitId, passed.permitId());
                    assertEquals(UUID.fromString(visitId), passed.visitId());
                    assertEquals("FOUNDATION_TRENCH", passed.visitType());
                    assertTrue(passed.passedAt() != null);
                } else {
                    var confirmed = STRICT.treeToValue(payload, org.anju.common.event.Events.HazardConfirmed.class);
                    assertEquals(UUID.fromString(hazardId), confirmed.hazardId());
                    assertEquals(permitId, confirmed.permitId());
                    assertEquals("GENERAL", confirmed.grade());
                }
                // with inspections-service's own service token (signed with the test key in tests)
                String token = delivered.get(0).getHeader("Authorization").substring("Bearer ".length());
                var claims = io.restassured.path.json.JsonPath.from(new String(java.util.Base64.getUrlDecoder()
                        .decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(List.of("service"), claims.getList("groups"));
                assertEquals("inspections-service", claims.getString("upn"));
            }
            assertTrue(ours(permitId.toString(), hazardId).stream().allMatch(e -> e[2] != null));
        } finally {
            wm.stubFor(post(urlEqualTo("/permits/api/v1/events")).willReturn(aResponse().withStatus(200)));
            wm.stubFor(post(urlEqualTo("/registry/api/v1/events")).willReturn(aResponse().withStatus(200)));
        }
    }
}
