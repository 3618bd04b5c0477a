package org.anju.inspections.visit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.permit;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.inspections.support.Fixtures;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Recording visits: proof of presence, the stage the permit needs now, the checklist, and the visit.passed event. */
@QuarkusTest
class VisitFlowTest {

    @Inject
    EntityManager em;

    static Map<String, Object> visit(UUID permitId, String type, Map<String, Object> checkIn, Map<String, Object> answers,
            String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("permitId", permitId);
        body.put("type", type);
        body.put("checkIn", checkIn);
        body.put("answers", answers);
        body.put("outcome", outcome);
        body.put("acknowledgement", Map.of("name", "王大明", "role", "OWNER"));
        return body;
    }

    private long events(String type, UUID permitId) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where event_type = ?1 and "
                + "aggregate_id = ?2").setParameter(1, type).setParameter(2, permitId.toString()).getSingleResult())
                .longValue();
    }

    @Test
    void foundationTrenchRecordedTwoKilometresAwayIsStoredOffSiteAndCountsForNothing() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        Response r = inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(2000), SITE_LNG, 8.0),
                trenchAnswers(true), "PASSED")).post("/api/v1/visits");
        Log.infof("Off-site foundation-trench visit answer: %s", r.asString());
        r.then().statusCode(201)
                .body("presence.onSite", equalTo(false))
                .body("presence.distanceMetres", greaterThan(1990f))
                .body("outcome", equalTo("NOT_ON_SITE"))
                .body("requestedOutcome", equalTo("PASSED"))
                .body("countsForStage", equalTo(false))
                .body("warnings[0]", startsWith("签到位置距工地"));
        assertEquals(0, events("visit.passed", permitId));
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("view", "OFF_SITE").queryParam("limit", 100)
                .get("/api/v1/visits").then().statusCode(200).body("items.id", hasItem(r.path("id").toString()));
    }

    @Test
    void passedOnSiteMandatoryVisitWritesOneVisitPassedEvent() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(40), SITE_LNG, 10.0),
                trenchAnswers(true), "PASSED")).post("/api/v1/visits")
                .then().statusCode(201)
                .body("presence.onSite", equalTo(true))
                .body("countsForStage", equalTo(true))
                .body("templateVersion", equalTo(1));
        assertEquals(1, events("visit.passed", permitId));
    }

    @Test
    void aMandatoryVisitThePermitDoesNotNeedNowIsRefused() {
        UUID permitId = permit("SETTING_OUT");
        inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0),
                trenchAnswers(true), "PASSED")).post("/api/v1/visits")
                .then().statusCode(422)
                .body("type", equalTo("urn:anju:problem:visit-type-not-needed-now"))
                .body("errors[0].field", equalTo("type"))
                .body("nextVisit", equalTo("SETTING_OUT"));
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyIsReplayedNotRecordedTwice() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        Map<String, Object> body = visit(permitId, "FOUNDATION_TRENCH", checkIn(north(40), SITE_LNG, 10.0),
                trenchAnswers(true), "PASSED");
        String key = UUID.randomUUID().toString();
        String id = inspector().header("Idempotency-Key", key).body(body).post("/api/v1/visits")
                .then().statusCode(201).extract().path("id");
        inspector().header("Idempotency-Key", key).body(body).post("/api/v1/visits")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, events("visit.passed", permitId));
    }

    @Test
    void aStageVisitToASuspendedPermitIsRefused() {
        UUID permitId = UUID.randomUUID();
        PermitsStub.site(permitId, Fixtures.TOWNSHIP, Fixtures.VILLAGE, Fixtures.SITE_LAT, SITE_LNG, null,
                "KEY_MILESTONE", "SUSPENDED");
        inspector().body(visit(permitId, "KEY_MILESTONE", checkIn(north(10), SITE_LNG, 5.0), null, "PASSED"))
                .post("/api/v1/visits").then().statusCode(422).body("errors[0].rule", equalTo("permit-suspended"));
    }

    @Test
    void aSlowPermitsServiceTimesOutInto503() {
        UUID slow = UUID.randomUUID();
        PermitsStub.server.stubFor(get(urlEqualTo("/api/v1/permits/" + slow + "/site"))
                .willReturn(aResponse().withFixedDelay(2500).withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        inspector().body(visit(slow, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0), trenchAnswers(true),
                "PASSED")).post("/api/v1/visits")
                .then().statusCode(503).body("type", equalTo("urn:anju:problem:permits-unavailable"));
    }

    @Test
    void missingRequiredAnswersAreNamedOneByOne() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0),
                Map.of("TRENCH_DEPTH_CM", 120), "PASSED")).post("/api/v1/visits")
                .then().statusCode(422)
                .body("type", equalTo("urn:anju:problem:checklist-incomplete"))
                .body("errors", hasSize(5))
                .body("errors.field", hasItem("answers.BEARING_SOIL_SOUND"));
    }

    @Test
    void positionOutOfRangeAndNegativeAccuracyAreRefused() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(91, 200, -1.0), trenchAnswers(true),
                "PASSED")).post("/api/v1/visits")
                .then().statusCode(400)
                .body("errors.field", hasItem("checkIn.lat"))
                .body("errors.field", hasItem("checkIn.lng"))
                .body("errors.field", hasItem("checkIn.accuracyMetres"));
    }

    @Test
    void aCriticalNoAnswerFailsTheVisitAndStopsTheWorks() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0),
                trenchAnswers(false), "PASSED")).post("/api/v1/visits")
                .then().statusCode(422).body("type", equalTo("urn:anju:problem:outcome-contradicts-findings"));
        inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0),
                trenchAnswers(false), "FAILED")).post("/api/v1/visits")
                .then().statusCode(201).body("hazardIds", hasSize(1));
        assertEquals(1, events("stopwork.issued", permitId));
        assertEquals(0, events("visit.passed", permitId));
    }

    @Test
    void unknownPermitIs422AndUnreachablePermitsServiceIs503() {
        UUID unknown = UUID.randomUUID();
        PermitsStub.server.stubFor(get(urlEqualTo("/api/v1/permits/" + unknown + "/site"))
                .willReturn(aResponse().withStatus(404)));
        inspector().body(visit(unknown, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0), trenchAnswers(true),
                "PASSED")).post("/api/v1/visits")
                .then().statusCode(422).body("errors[0].rule", equalTo("permit-unknown"));
        UUID broken = UUID.randomUUID();
        PermitsStub.server.stubFor(get(urlEqualTo("/api/v1/permits/" + broken + "/site"))
                .willReturn(aResponse().withStatus(500)));
        inspector().body(visit(broken, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0), trenchAnswers(true),
                "PASSED")).post("/api/v1/visits")
                .then().statusCode(503).body("type", equalTo("urn:anju:problem:permits-unavailable"));
    }

    @Test
    void anotherTownshipsVisitIsNotFound() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        String id = inspector().body(visit(permitId, "FOUNDATION_TRENCH", checkIn(north(10), SITE_LNG, 5.0),
                trenchAnswers(true), "PASSED")).post("/api/v1/visits").then().statusCode(201).extract().path("id");
        Fixtures.otherTownship().get("/api/v1/visits/" + id).then().statusCode(404);
        inspector().get("/api/v1/visits/" + id).then().statusCode(200).body("id", equalTo(id));
        inspector().get("/api/v1/permits/" + permitId + "/visits").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void visitsScheduledHereForTodayAndBeforeAreListed() {
        UUID permitId = permit("KEY_MILESTONE");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String past = java.time.LocalDate.parse(today).minusDays(3).toString();
        String dueId = inspector().body(Map.of("permitId", permitId, "type", "KEY_MILESTONE", "scheduledDate", today))
                .post("/api/v1/visits").then().statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");
        String lateId = inspector().body(Map.of("permitId", permitId, "type", "RECHECK", "scheduledDate", past))
                .post("/api/v1/visits").then().statusCode(201).extract().path("id");
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("view", "SCHEDULED_TODAY")
                .queryParam("limit", 100).get("/api/v1/visits").then().statusCode(200).body("items.id", hasItem(dueId));
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("view", "SCHEDULED_OVERDUE")
                .queryParam("limit", 100).get("/api/v1/visits").then().statusCode(200).body("items.id", hasItem(lateId));
    }
}
