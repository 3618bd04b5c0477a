package org.anju.registry.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A bureau's read of a craftsman or a crew is reported through the outbox to the gateway's audit log. */
@QuarkusTest
class BureauReadAuditTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> reports(String id) throws Exception {
        List<Object> payloads = em.createNativeQuery("select payload from outbox_event where aggregate_id = ?1 and "
                + "destination = 'gateway' and event_type = 'personal-record.read'").setParameter(1, id).getResultList();
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Object p : payloads) {
            out.add(json.readValue((String) p, Map.class));
        }
        return out;
    }

    private static void read(Role role, String path) {
        given().auth().oauth2(TestTokens.as(role, Fixtures.TOWNSHIP)).contentType(ContentType.JSON).get(path).then()
                .statusCode(200);
    }

    @Test
    void craftsmanAndCrewReadsOfABureauAreReported() throws Exception {
        String crew = Fixtures.crew();
        String craftsman = given().auth().oauth2(TestTokens.countyAdmin()).get("/api/v1/crews/" + crew).then()
                .statusCode(200).extract().path("leaderId");
        read(Role.TOWNSHIP_OFFICER, "/api/v1/craftsmen/" + craftsman);
        read(Role.COUNTY_CLERK, "/api/v1/crews/" + crew);
        assertTrue(reports(craftsman).isEmpty() && reports(crew).isEmpty(), "officials' reads are not disclosures");

        read(Role.BUREAU_READER, "/api/v1/craftsmen/" + craftsman);
        read(Role.BUREAU_READER, "/api/v1/crews/" + crew);
        Map<String, Object> ofCraftsman = reports(craftsman).get(0);
        assertEquals(Map.of("actor", "test-bureau_reader", "actorRole", "bureau_reader", "county", "369901",
                "service", "registry", "recordType", "craftsman", "recordId", craftsman, "path",
                "/api/v1/craftsmen/" + craftsman), ofCraftsman);
        assertEquals("crew", reports(crew).get(0).get("recordType"));
        assertEquals(1, reports(crew).size());
    }
}
