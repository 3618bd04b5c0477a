package org.anju.permits.household;

import static org.anju.permits.support.Builds.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.Role;
import org.anju.permits.support.Builds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * DESIGN.md section 6: a bureau's read of a household is reported, in the same answer's transaction, through the outbox
 * to the gateway's audit log (who, what, when); the bureau sees the resident ID masked. Other readers are not reported.
 */
@QuarkusTest
class BureauReadAuditTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @SuppressWarnings("unchecked")
    private List<Object[]> reports(String householdId) {
        return em.createNativeQuery("select destination, event_type, payload from outbox_event "
                + "where aggregate_id = ?1 and event_type = 'personal-record.read'").setParameter(1, householdId)
                .getResultList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBureausReadIsReportedToTheGatewaysAuditLogAndOthersAreNot() throws Exception {
        String household = Builds.household("上官明", Builds.VILLAGE, Builds.CHENGGUAN);
        as(Role.TOWNSHIP_OFFICER).get("/api/v1/households/" + household).then().statusCode(200);
        as(Role.COUNTY_ADMIN).get("/api/v1/households/" + household).then().statusCode(200);
        assertTrue(reports(household).isEmpty(), "officials' own reads are not disclosures");

        String answer = as(Role.BUREAU_READER, null).get("/api/v1/households/" + household).then().statusCode(200)
                .body("headResidentId", containsString("*")).extract().asString();
        List<Object[]> reports = reports(household);
        assertEquals(1, reports.size());
        assertEquals("gateway", reports.get(0)[0]);
        Map<String, Object> read = json.readValue((String) reports.get(0)[2], Map.class);
        assertEquals("test-bureau_reader", read.get("actor"));
        assertEquals("bureau_reader", read.get("actorRole"));
        assertEquals("369901", read.get("county"));
        assertEquals("permits", read.get("service"));
        assertEquals("household", read.get("recordType"));
        assertEquals(household, read.get("recordId"));
        assertEquals("/api/v1/households/" + household, read.get("path"));
        assertTrue(answer.contains("上官明"));

        as(Role.BUREAU_READER, null).get("/api/v1/households/" + household).then().statusCode(200)
                .body("headResidentId", not(containsString("369901")));
        assertEquals(2, reports(household).size(), "every read is reported, not only the first");
    }

    @Test
    void theRegisterNumberIsMaskedLikeTheResidentIdForEveryoneButTheCountyAdmin() {
        String household = Builds.household("司马明", Builds.VILLAGE, Builds.CHENGGUAN);
        String full = as(Role.COUNTY_ADMIN).get("/api/v1/households/" + household).then().statusCode(200)
                .extract().path("registerNumber");
        assertTrue(full.startsWith("HK-") && !full.contains("*"), full);
        String masked = full.substring(0, 4) + "***" + full.substring(full.length() - 4);
        for (Role role : new Role[] { Role.BUREAU_READER, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER }) {
            as(role, role == Role.BUREAU_READER ? null : Builds.CHENGGUAN).get("/api/v1/households/" + household)
                    .then().statusCode(200).body("registerNumber", org.hamcrest.Matchers.equalTo(masked))
                    .body("headResidentId", containsString("*"));
        }
    }
}
