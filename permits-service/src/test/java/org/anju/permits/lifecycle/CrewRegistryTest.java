package org.anju.permits.lifecycle;

import static org.anju.permits.support.Fixture.as;
import static org.anju.permits.support.Fixture.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.outbox.OutboxRelay;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** The certificate asks registry-service about the crew, and is never issued on a guess. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class CrewRegistryTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @BeforeEach
    void county() {
        Fixture.ensureLayers();
        RegistryStub.stubs();
        breakers.resetAll();
    }

    @AfterEach
    void closeBreaker() {
        // later test classes share this Quarkus instance and its circuit breaker
        breakers.resetAll();
    }


    private io.restassured.response.Response certificate(String id) {
        return move("township_officer", id, Map.of("action", "issue-certificate", "pledgeSigned", true));
    }

    @Test
    void crewRefusedByRegistryBlocksTheCertificateWithItsReasons() {
        String id = Fixture.bookIssuedWithCrew(RegistryStub.REFUSED_CREW);
        certificate(id).then().statusCode(422)
                .body("violations[0].rule", equalTo("crew-eligible"))
                .body("violations[0].values.reasons", hasItems("QUALIFICATION_EXPIRED", "AT_CONCURRENT_JOB_LIMIT"))
                .body("violations[0].messageZh", containsString("资质已于2026-10-31到期"));
        as("county_clerk").get("/api/v1/permits/" + id).then().body("state", equalTo("BOOK_ISSUED"))
                .body("documents.size()", equalTo(1));
    }

    @Test
    void crewUnknownToRegistryIsARuleViolationNotAnOutage() {
        String id = Fixture.bookIssuedWithCrew(RegistryStub.UNKNOWN_CREW);
        certificate(id).then().statusCode(422).body("violations[0].values.registered", equalTo(false));
    }

    @Test
    void registryDownMeans503AndNoCertificate() {
        String id = Fixture.bookIssuedWithCrew(RegistryStub.DOWN_CREW);
        certificate(id).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:registry-unavailable"))
                .body("titleZh", containsString("许可证未核发"));
        as("county_clerk").get("/api/v1/permits/" + id).then().body("state", equalTo("BOOK_ISSUED"));
        assertEquals(0L, outbox(id));
    }

    @Test
    void registryTooSlowMeans503AndNoCertificate() {
        String id = Fixture.bookIssuedWithCrew(RegistryStub.SLOW_CREW);
        // whichever fires first (the client's read timeout or the fault-tolerance timeout), the registry did not answer
        certificate(id).then().statusCode(503)
                .body("type", equalTo("urn:anju:problem:registry-unavailable"))
                .body("detail", containsString("did not answer"));
        as("county_clerk").get("/api/v1/permits/" + id).then().body("state", equalTo("BOOK_ISSUED"));
    }

    @Test
    void eligibleCrewGetsTheCertificateAndRegistryHearsOfTheAssignmentOnce() {
        String id = Fixture.bookIssuedWithCrew(UUID.nameUUIDFromBytes("anju-demo-crew-7".getBytes()));
        certificate(id).then().statusCode(200).body("state", equalTo("PERMITTED"))
                .body("documents.kind", hasItems("BOOK", "CERTIFICATE"));
        var asked = RegistryStub.server.findAll(WireMock.getRequestedFor(WireMock.urlPathMatching(
                "/api/v1/crews/.*/eligibility")).withQueryParam("on", WireMock.equalTo("2026-12-15")));
        // permits-service asks with its own service token, not the clerk's
        assertServiceToken(asked.get(asked.size() - 1).getHeader("Authorization"));
        assertEquals(1L, outbox(id));
        while (relay.relay() > 0) {
            // drain everything pending, including other tests' events
        }
        var delivered = RegistryStub.server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/api/v1/events"))
                .withRequestBody(WireMock.matchingJsonPath("$.type", WireMock.equalTo("crew.assigned")))
                .withRequestBody(WireMock.matchingJsonPath("$.payload.permitId", WireMock.equalTo(id))));
        assertEquals(1, delivered.size());
        assertServiceToken(delivered.get(0).getHeader("Authorization"));
        move("village_reviewer", id, Map.of("action", "withdraw", "reason", "村民撤回")).then().statusCode(200);
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 "
                + "and event_type = 'crew.released'").setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void openCircuitBreakerRefusesWithoutCallingTheRegistry() {
        for (int i = 0; i < 3; i++) {
            certificate(Fixture.bookIssuedWithCrew(RegistryStub.DOWN_CREW)).then().statusCode(503);
        }
        String id = Fixture.bookIssuedWithCrew(UUID.nameUUIDFromBytes("anju-demo-crew-8".getBytes()));
        RegistryStub.server.resetRequests();
        certificate(id).then().statusCode(503).body("detail", containsString("CircuitBreakerOpen"));
        assertEquals(0, RegistryStub.server.findAll(WireMock.getRequestedFor(WireMock.urlPathMatching(
                "/api/v1/crews/.*"))).size());
        breakers.resetAll();
        certificate(id).then().statusCode(200).body("state", equalTo("PERMITTED"));
    }

    private long outbox(String permitId) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 and "
                + "event_type = 'crew.assigned'").setParameter(1, permitId).getSingleResult()).longValue();
    }

    /** A bearer JWT of permits-service's service client: group service, the county, no townships. */
    private static void assertServiceToken(String authorization) {
        assertTrue(authorization != null && authorization.startsWith("Bearer "), "no bearer token: " + authorization);
        String[] parts = authorization.substring(7).split("\\.");
        assertEquals(3, parts.length, "not a signed JWT");
        var claims = io.restassured.path.json.JsonPath.from(new String(java.util.Base64.getUrlDecoder()
                .decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("service"), claims.getList("groups"));
        assertEquals("permits-service", claims.getString("upn"));
        assertEquals("369901", claims.getString("county"));
        assertEquals(List.of(), claims.getList("townships"));
    }
}
