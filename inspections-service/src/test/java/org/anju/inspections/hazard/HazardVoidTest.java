package org.anju.inspections.hazard;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.permit;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.Fixtures;
import org.anju.inspections.support.Visits;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Due process: the county admin voids a confirmed hazard with a reason; nothing is deleted, registry is told. */
@QuarkusTest
class HazardVoidTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private static RequestSpecification as(Role role) {
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.as(role, Fixtures.TOWNSHIP));
    }

    private static RequestSpecification admin() {
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.countyAdmin());
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> events(String type, String hazardId) throws Exception {
        List<String> rows = em.createNativeQuery("select payload from outbox_event where event_type = ?1 and "
                + "aggregate_id = ?2 and destination = 'registry' order by seq").setParameter(1, type)
                .setParameter(2, hazardId).getResultList();
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String r : rows) {
            out.add(json.readTree(r));
        }
        return out;
    }

    private static String hazardOn(UUID permitId) {
        String visitId = Visits.onSite(permitId, "FOUNDATION_TRENCH", trenchAnswers(true), "PASSED_WITH_CONDITIONS");
        return inspector().body(Map.of("type", "SCAFFOLDING_FALL_PROTECTION", "grade", "MAJOR", "description",
                "二层临边未设防护栏杆", "responsiblePerson", "李建国")).post("/api/v1/visits/" + visitId + "/hazards")
                .then().statusCode(201).extract().path("id");
    }

    private static String etag(String hazardId) {
        return admin().get("/api/v1/hazards/" + hazardId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void countyAdminVoidsAHazardWhichKeepsItsRecordClosesItsNoticeAsVoidedAndTellsRegistry() throws Exception {
        UUID permitId = permit("FOUNDATION_TRENCH");
        String hazardId = hazardOn(permitId);
        String noticeId = inspector().get("/api/v1/hazards/" + hazardId).then().extract().path("notice.id");
        admin().header("If-Match", etag(hazardId)).body(Map.of("reason", " 复核认定为误报 "))
                .post("/api/v1/hazards/" + hazardId + "/void").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("VOIDED")).body("voidedBy", equalTo("test-county_admin"))
                .body("voidReason", equalTo("复核认定为误报")).body("voidedAt", notNullValue())
                .body("grade", equalTo("MAJOR")).body("description", equalTo("二层临边未设防护栏杆"))
                .body("notice.status", equalTo("VOIDED")).body("notice.voidedAt", notNullValue())
                .body("notice.closedAt", nullValue());
        inspector().get("/api/v1/hazards/" + hazardId).then().statusCode(200).body("status", equalTo("VOIDED"))
                .body("voidReason", equalTo("复核认定为误报"));

        List<JsonNode> voided = events("hazard.voided", hazardId);
        assertEquals(1, voided.size());
        JsonNode p = voided.get(0);
        assertEquals(hazardId, p.path("hazardId").asText());
        assertEquals(permitId.toString(), p.path("permitId").asText());
        assertEquals("复核认定为误报", p.path("reason").asText());
        assertEquals("MAJOR", p.path("grade").asText());
        assertEquals("test-county_admin", p.path("voidedBy").asText());
        assertEquals(events("hazard.confirmed", hazardId).get(0).path("crewId").asText(), p.path("crewId").asText());

        // the notice is no longer open: not listed, and a re-check cannot close it out
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("limit", 100)
                .get("/api/v1/rectification-notices").then().statusCode(200).body("items.id", not(hasItem(noticeId)));
        String recheck = Visits.onSite(permitId, "RECHECK", null, "PASSED");
        inspector().header("If-Match", "\"1\"").body(Map.of("visitId", recheck, "decision", "CLOSE_OUT"))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck").then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:notice-voided"));
    }

    @Test
    void aHazardIsVoidedOnceASecondVoidIs409AndSendsNothing() throws Exception {
        String hazardId = hazardOn(permit("FOUNDATION_TRENCH"));
        String tag = etag(hazardId);
        admin().header("If-Match", tag).body(Map.of("reason", "误报")).post("/api/v1/hazards/" + hazardId + "/void")
                .then().statusCode(200);
        admin().header("If-Match", tag).body(Map.of("reason", "再次")).post("/api/v1/hazards/" + hazardId + "/void")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:hazard-already-voided"))
                .body("voidedBy", equalTo("test-county_admin"));
        admin().get("/api/v1/hazards/" + hazardId).then().body("voidReason", equalTo("误报"));
        assertEquals(1, events("hazard.voided", hazardId).size());
    }

    @Test
    void onlyTheCountyAdminVoidsWithTheCurrentVersionAndAReason() throws Exception {
        String hazardId = hazardOn(permit("FOUNDATION_TRENCH"));
        String tag = etag(hazardId);
        for (Role role : List.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.BUREAU_READER)) {
            as(role).header("If-Match", tag).body(Map.of("reason", "误报")).post("/api/v1/hazards/" + hazardId + "/void")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        admin().body(Map.of("reason", "误报")).post("/api/v1/hazards/" + hazardId + "/void").then().statusCode(428);
        admin().header("If-Match", "\"42\"").body(Map.of("reason", "误报")).post("/api/v1/hazards/" + hazardId + "/void")
                .then().statusCode(412).body("type", equalTo("urn:anju:problem:stale-version"));
        admin().header("If-Match", tag).body(Map.of("reason", " ")).post("/api/v1/hazards/" + hazardId + "/void")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.containsString("reason"));
        admin().header("If-Match", tag).body(Map.of("reason", "误报"))
                .post("/api/v1/hazards/" + UUID.randomUUID() + "/void").then().statusCode(404);
        admin().get("/api/v1/hazards/" + hazardId).then().body("status", equalTo("OPEN"))
                .body("notice.status", equalTo("OPEN"));
        assertEquals(0, events("hazard.voided", hazardId).size());
    }

    @Test
    void aHazardAlreadyClosedOutCanBeVoidedAndItsNoticeStaysClosedOut() throws Exception {
        UUID permitId = permit("FOUNDATION_TRENCH");
        String hazardId = hazardOn(permitId);
        String noticeId = inspector().get("/api/v1/hazards/" + hazardId).then().extract().path("notice.id");
        String recheck = Visits.onSite(permitId, "RECHECK", null, "PASSED");
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", recheck, "decision", "CLOSE_OUT"))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck").then().statusCode(200);
        admin().header("If-Match", etag(hazardId)).body(Map.of("reason", "申诉成立"))
                .post("/api/v1/hazards/" + hazardId + "/void").then().statusCode(200)
                .body("status", equalTo("VOIDED")).body("closedAt", notNullValue())
                .body("notice.status", equalTo("CLOSED")).body("notice.closingVisitId", equalTo(recheck))
                .body("notice.voidedAt", nullValue());
        assertEquals(1, events("hazard.voided", hazardId).size());
    }
}
