package org.anju.inspections.stopwork;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.TOWNSHIP;
import static org.anju.inspections.support.Fixtures.VILLAGE;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.north;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issuing and lifting a stop-work notice each record one public event for the gateway's webhook subscribers, in the
 * transaction of the change: a refused issue or lift records none, and no person is named in it.
 */
@QuarkusTest
class StopWorkEventsTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private static RequestSpecification inspector() {
        return given().auth().oauth2(TestTokens.inspector(TOWNSHIP)).contentType(ContentType.JSON);
    }

    private static String visit(UUID permitId, String outcome) {
        return inspector().body(Map.of("permitId", permitId, "type", "RECHECK", "checkIn",
                checkIn(north(40), SITE_LNG, 10.0), "outcome", outcome))
                .post("/api/v1/visits").then().statusCode(201).extract().path("id");
    }

    @Test
    void issuingAndLiftingEachWriteOneGatewayEventAndRefusalsWriteNone() throws Exception {
        UUID permitId = UUID.randomUUID();
        PermitsStub.siteForToken(permitId, TOWNSHIP, VILLAGE, SITE_LAT, SITE_LNG, "KEY_MILESTONE");
        String failed = visit(permitId, "FAILED");
        String noticeId = inspector().body(Map.of("visitId", failed, "reasonCode", "DEVIATES_FROM_PERMIT",
                "reason", "擅自加建第三层")).post("/api/v1/stop-work-notices").then().statusCode(201)
                .extract().path("id");
        assertEquals(List.of("stop-work.issued"), types(permitId));

        // a second notice while one is in force is refused (409), and so is its event
        inspector().body(Map.of("visitId", failed, "reasonCode", "OTHER", "reason", "再次停工"))
                .post("/api/v1/stop-work-notices").then().statusCode(409);
        // lifting needs a passed re-check: the failed one is refused (422) with no event
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", failed))
                .post("/api/v1/stop-work-notices/" + noticeId + "/lift").then().statusCode(422);
        assertEquals(List.of("stop-work.issued"), types(permitId));

        String passed = visit(permitId, "PASSED");
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", passed))
                .post("/api/v1/stop-work-notices/" + noticeId + "/lift").then().statusCode(200)
                .body("status", equalTo("LIFTED"));
        assertEquals(List.of("stop-work.issued", "stop-work.lifted"), types(permitId));

        List<JsonNode> payloads = payloads(permitId);
        JsonNode issued = payloads.get(0);
        assertEquals(noticeId, issued.path("noticeId").asText());
        assertEquals(permitId.toString(), issued.path("permitId").asText());
        assertEquals("369901", issued.path("county").asText());
        assertEquals(TOWNSHIP, issued.path("township").asText());
        assertEquals(VILLAGE, issued.path("village").asText());
        assertEquals("IN_FORCE", issued.path("status").asText());
        assertEquals("DEVIATES_FROM_PERMIT", issued.path("reasonCode").asText());
        assertEquals("擅自加建第三层", issued.path("reason").asText());
        assertFalse(issued.path("occurredAt").isMissingNode());
        assertEquals("LIFTED", payloads.get(1).path("status").asText());
        assertEquals(noticeId, payloads.get(1).path("noticeId").asText());
        for (JsonNode p : payloads) {
            // who issued it is the inspector's account name: a person, which stays in inspections-service
            assertFalse(p.has("issuedBy") || p.toString().contains("test-inspector"), p.toString());
        }
    }

    private List<String> types(UUID permitId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select event_type from outbox_event where destination = 'gateway' "
                + "and aggregate_id = ?1 order by seq").setParameter(1, permitId.toString()).getResultList();
        return rows;
    }

    private List<JsonNode> payloads(UUID permitId) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select payload from outbox_event where destination = 'gateway' "
                + "and aggregate_id = ?1 order by seq").setParameter(1, permitId.toString()).getResultList();
        List<JsonNode> out = new ArrayList<>();
        for (String row : rows) {
            out.add(json.readTree(row));
        }
        return out;
    }
}
