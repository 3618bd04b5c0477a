package org.anju.inspections.hazard;

import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.permit;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.inspections.support.Fixtures;
import org.anju.inspections.support.Visits;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The rectification loop and stop-work: hazard, notice, re-check that closes out or extends, lift after a pass. */
@QuarkusTest
class HazardFlowTest {

    @Inject
    EntityManager em;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private long events(String type, String aggregate) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where event_type = ?1 and "
                + "aggregate_id = ?2").setParameter(1, type).setParameter(2, aggregate).getSingleResult()).longValue();
    }

    private static Map<String, Object> hazard(String grade, String type, LocalDate deadline) {
        return deadline == null
                ? Map.of("type", type, "grade", grade, "description", "二层临边未设防护栏杆", "responsiblePerson", "李建国")
                : Map.of("type", type, "grade", grade, "description", "二层临边未设防护栏杆", "responsiblePerson", "李建国",
                        "deadline", deadline.toString());
    }

    @Test
    void aPermitsTimelineShowsEachVisitWithItsHazardsAndPhotos() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        String visitId = Visits.onSite(permitId, "FOUNDATION_TRENCH", trenchAnswers(true), "PASSED_WITH_CONDITIONS");
        String hazardId = inspector().body(hazard("GENERAL", "SCAFFOLDING_FALL_PROTECTION", null))
                .post("/api/v1/visits/" + visitId + "/hazards").then().statusCode(201).extract().path("id");
        String ofVisit = inspector().contentType("image/jpeg").body(Fixtures.jpeg(20_000))
                .queryParam("visitId", visitId).post("/api/v1/photos").then().statusCode(201).extract().path("id");
        String ofHazard = inspector().contentType("image/jpeg").body(Fixtures.jpeg(30_000))
                .queryParam("hazardId", hazardId).post("/api/v1/photos").then().statusCode(201).extract().path("id");
        String later = Visits.onSite(permitId, "RECHECK", null, "PASSED");

        inspector().get("/api/v1/permits/" + permitId + "/visits").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(visitId, later))
                .body("items[0].hazardIds", org.hamcrest.Matchers.contains(hazardId))
                .body("items[0].photoIds", org.hamcrest.Matchers.containsInAnyOrder(ofVisit, ofHazard))
                .body("items[1].hazardIds", org.hamcrest.Matchers.empty())
                .body("items[1].photoIds", org.hamcrest.Matchers.empty());
    }

    @Test
    void aHazardIsClosedOutOnlyByAPassedOnSiteRecheck() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        String visitId = Visits.onSite(permitId, "FOUNDATION_TRENCH", trenchAnswers(true), "PASSED_WITH_CONDITIONS");
        inspector().body(hazard("MAJOR", "SCAFFOLDING_FALL_PROTECTION", TODAY.minusDays(1)))
                .post("/api/v1/visits/" + visitId + "/hazards")
                .then().statusCode(422).body("errors[0].rule", equalTo("deadline-not-in-past"));
        var created = inspector().body(hazard("MAJOR", "SCAFFOLDING_FALL_PROTECTION", null))
                .post("/api/v1/visits/" + visitId + "/hazards")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("notice.deadline", equalTo(TODAY.plusDays(7).toString()))
                .body("notice.overdue", equalTo(false)).extract();
        String hazardId = created.path("id");
        String noticeId = created.path("notice.id");
        assertEquals(1, events("hazard.confirmed", hazardId));

        String failedRecheck = Visits.onSite(permitId, "RECHECK", null, "FAILED");
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", failedRecheck, "decision", "CLOSE_OUT"))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck")
                .then().statusCode(422).body("type", equalTo("urn:anju:problem:close-out-needs-passed-recheck"));
        String offSiteRecheck = Visits.record(permitId, "RECHECK", north(2000), null, "PASSED");
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", offSiteRecheck, "decision", "CLOSE_OUT"))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck")
                .then().statusCode(422);
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", failedRecheck, "decision", "EXTEND",
                "newDeadline", TODAY.plusDays(20).toString()))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck")
                .then().statusCode(200).body("deadline", equalTo(TODAY.plusDays(20).toString()))
                .body("extensions", equalTo(1));
        String passedRecheck = Visits.onSite(permitId, "RECHECK", null, "PASSED");
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", passedRecheck, "decision", "CLOSE_OUT"))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck")
                .then().statusCode(412);
        inspector().header("If-Match", "\"1\"").body(Map.of("visitId", passedRecheck, "decision", "CLOSE_OUT"))
                .post("/api/v1/rectification-notices/" + noticeId + "/recheck")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closingVisitId", equalTo(passedRecheck));
        inspector().get("/api/v1/hazards/" + hazardId).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void overdueOpenNoticesAreListedByDeadline() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        String visitId = Visits.onSite(permitId, "FOUNDATION_TRENCH", trenchAnswers(true), "PASSED");
        String noticeId = inspector().body(hazard("GENERAL", "MATERIALS", null))
                .post("/api/v1/visits/" + visitId + "/hazards").then().statusCode(201).extract().path("notice.id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update rectification_notice set deadline = "
                + "?1 where id = ?2").setParameter(1, TODAY.minusDays(2)).setParameter(2, UUID.fromString(noticeId))
                .executeUpdate());
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("overdue", true).queryParam("limit", 100)
                .get("/api/v1/rectification-notices")
                .then().statusCode(200).body("items.id", hasItem(noticeId))
                .body("items.find { it.id == '" + noticeId + "' }.overdue", equalTo(true));
        Fixtures.otherTownship().queryParam("township", Fixtures.TOWNSHIP).get("/api/v1/rectification-notices")
                .then().statusCode(404);
    }

    @Test
    void aCriticalHazardStopsTheWorksUntilAPassedRecheckLiftsIt() {
        UUID permitId = permit("KEY_MILESTONE");
        String visitId = Visits.onSite(permitId, "RECHECK", null, "FAILED");
        String stopId = inspector().body(hazard("CRITICAL", "STRUCTURE", null))
                .post("/api/v1/visits/" + visitId + "/hazards")
                .then().statusCode(201).body("stopWorkNoticeId", notNullValue()).extract().path("stopWorkNoticeId");
        assertEquals(1, events("stopwork.issued", permitId.toString()));
        inspector().body(Map.of("visitId", visitId, "reasonCode", "OTHER", "reason", "再次停工"))
                .post("/api/v1/stop-work-notices").then().statusCode(409);

        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", visitId))
                .post("/api/v1/stop-work-notices/" + stopId + "/lift")
                .then().statusCode(422).body("type", equalTo("urn:anju:problem:lift-needs-passed-recheck"));
        assertEquals(0, events("stopwork.lifted", permitId.toString()));
        String passed = Visits.onSite(permitId, "RECHECK", null, "PASSED");
        inspector().body(Map.of("visitId", passed)).post("/api/v1/stop-work-notices/" + stopId + "/lift")
                .then().statusCode(428);
        inspector().header("If-Match", "\"0\"").body(Map.of("visitId", passed))
                .post("/api/v1/stop-work-notices/" + stopId + "/lift")
                .then().statusCode(200).body("status", equalTo("LIFTED"));
        assertEquals(1, events("stopwork.lifted", permitId.toString()));
    }
}
