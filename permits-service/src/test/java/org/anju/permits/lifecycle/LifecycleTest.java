package org.anju.permits.lifecycle;

import static org.anju.permits.support.Fixture.as;
import static org.anju.permits.support.Fixture.move;
import static org.anju.permits.support.Fixture.visitPassed;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A demo household's build from draft through COMPLETED and ARCHIVED, and the order the state machine keeps. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class LifecycleTest {

    private static boolean layers;

    @Inject
    EntityManager em;

    @BeforeEach
    void county() {
        if (!layers) {
            Fixture.layers();
            layers = true;
        }
        RegistryStub.stubs();
    }

    @Test
    void householdBuildRunsFromDraftThroughCompletedToArchived() {
        String id = Fixture.draft();
        move("village_reviewer", id, "submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("track", equalTo("BELOW_LIMIT"))
                .body("visits.size()", equalTo(6));
        Fixture.submittedDaysAgo(id, 9);
        move("village_reviewer", id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200).body("state", equalTo("VILLAGE_REVIEWED"));
        visitPassed(id, "SITE_SURVEY").then().statusCode(200).body("duplicate", equalTo(false));
        as("inspector").get("/api/v1/permits/" + id + "/site").then().statusCode(200)
                .body("state", equalTo("SITE_SURVEYED")).body("nextVisit", equalTo("SETTING_OUT"))
                .body("visits[0].type", equalTo("SITE_SURVEY")).body("visits[0].status", equalTo("PASSED"))
                .body("visits[1].status", equalTo("PENDING")).body("lat", equalTo(28.452f));
        move("township_officer", id, "issue-book").then().statusCode(200).body("state", equalTo("BOOK_ISSUED"))
                .body("documents[0].kind", equalTo("BOOK"))
                .body("documents[0].number", matchesPattern("XZ369901-20[0-9]{2}-[0-9]{6}"));
        move("township_officer", id, Map.of("action", "issue-certificate", "pledgeSigned", true)).then()
                .statusCode(200).body("state", equalTo("PERMITTED"));
        assertEquals(1L, outbox(id, "crew.assigned"));
        visitPassed(id, "SETTING_OUT").then().statusCode(200);
        for (String visit : new String[] { "FOUNDATION_TRENCH", "KEY_MILESTONE", "MAIN_STRUCTURE" }) {
            visitPassed(id, visit).then().statusCode(200);
        }
        as("township_officer").get("/api/v1/permits/" + id).then().body("state", equalTo("UNDER_CONSTRUCTION"));
        visitPassed(id, "COMPLETION_ACCEPTANCE").then().statusCode(200);
        as("inspector").get("/api/v1/permits/" + id + "/site").then().body("state", equalTo("COMPLETED"))
                .body("nextVisit", nullValue());
        assertEquals(1L, outbox(id, "crew.released"));
        move("county_clerk", id, "archive").then().statusCode(200).body("state", equalTo("ARCHIVED"));
        as("county_clerk").get("/api/v1/permits/" + id + "/history").then().statusCode(200)
                .body("chainIntact", equalTo(true)).body("entries.size()", equalTo(9))
                .body("entries.action", hasItems("create", "submit", "village-review", "survey", "issue-book",
                        "issue-certificate", "start-construction", "complete", "archive"))
                .body("entries[1].actorRole", equalTo("village_reviewer"))
                .body("entries[1].townshipCode", equalTo(Fixture.TOWNSHIP));
    }

    @Test
    void skippingAStepAnswers409WithStateAndAllowedActions() {
        String id = Fixture.draft();
        move("village_reviewer", id, "submit").then().statusCode(200);
        move("township_officer", id, "issue-book").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:transition-not-allowed"))
                .body("currentState", equalTo("SUBMITTED"))
                .body("allowedActions", hasItems("village-review", "reject", "withdraw"));
    }

    @Test
    void staleIfMatchAnswers412AndMissingAnswers428() {
        String id = Fixture.draft();
        String stale = Fixture.etag(id);
        move("village_reviewer", id, "submit").then().statusCode(200);
        as("village_reviewer").header("If-Match", stale).body(Map.of("action", "withdraw", "reason", "x"))
                .post("/api/v1/permits/" + id + "/transitions").then().statusCode(412)
                .body("type", equalTo("urn:anju:problem:stale-version"));
        as("village_reviewer").body(Map.of("action", "withdraw", "reason", "x"))
                .post("/api/v1/permits/" + id + "/transitions").then().statusCode(428);
    }

    @Test
    void retriedSubmitWithTheSameIdempotencyKeyReplaysTheAnswerAndMovesOnce() {
        String id = Fixture.draft();
        String etag = Fixture.etag(id);
        String key = java.util.UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            as("village_reviewer").header("If-Match", etag).header("Idempotency-Key", key)
                    .body(Map.of("action", "submit")).post("/api/v1/permits/" + id + "/transitions")
                    .then().statusCode(200).body("state", equalTo("SUBMITTED"))
                    .header("Idempotent-Replayed", attempt == 0 ? org.hamcrest.Matchers.nullValue()
                            : equalTo("true"));
        }
        as("county_clerk").get("/api/v1/permits/" + id + "/history").then().statusCode(200)
                .body("entries.findAll { it.action == 'submit' }.size()", equalTo(1));
        // without the key, the same retry is a stale write
        as("village_reviewer").header("If-Match", etag).body(Map.of("action", "submit"))
                .post("/api/v1/permits/" + id + "/transitions").then().statusCode(412);
    }

    @Test
    void surveyBeforeTheNoticeHasRunIsRefusedAndTheVisitDoesNotAdvance() {
        String id = Fixture.draft();
        move("village_reviewer", id, "submit").then().statusCode(200);
        Fixture.submittedDaysAgo(id, 9);
        move("village_reviewer", id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(2).toString())).then().statusCode(200);
        visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        move("township_officer", id, "survey").then().statusCode(422)
                .body("violations[0].rule", equalTo("notice-period"))
                .body("violations[0].nameZh", equalTo("公示期"))
                .body("violations[0].values.noticeDays", equalTo(7));
    }

    @Test
    void wrongRoleIsRefusedWith403AndOtherTownshipSees404() {
        String id = Fixture.draft();
        move("township_officer", id, "archive").then().statusCode(409);
        move("inspector", id, "submit").then().statusCode(403)
                .body("detailZh", org.hamcrest.Matchers.startsWith("角色 inspector 无权执行此操作；可执行的角色："));
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.as(Role.TOWNSHIP_OFFICER, "369901200000"))
                .get("/api/v1/permits/" + id).then().statusCode(404)
                .body("detailZh", org.hamcrest.Matchers.endsWith("或该记录不在您的辖区内"));
    }

    @Test
    void stopWorkSuspendsAndLiftingReturnsToTheStateItLeft() {
        String id = Fixture.surveyed();
        move("township_officer", id, "issue-book").then().statusCode(200);
        String notice = UUID.randomUUID().toString();
        var stop = Map.<String, Object>of("permitId", id, "noticeId", notice, "reason", "无资质施工");
        String eventId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            io.restassured.RestAssured.given().auth().oauth2(org.anju.common.testing.TestTokens.service())
                    .contentType("application/json").body(Map.of("id", eventId, "type",
                    "stopwork.issued", "occurredAt", "2026-11-28T10:00:00+08:00", "payload", stop))
                    .post("/api/v1/events").then().statusCode(200).body("duplicate", equalTo(i == 1));
        }
        as("county_clerk").get("/api/v1/permits/" + id).then().body("state", equalTo("SUSPENDED"))
                .body("suspendedFrom", equalTo("BOOK_ISSUED"));
        Fixture.event("stopwork.lifted", Map.of("permitId", id, "noticeId", notice)).then().statusCode(200);
        as("county_clerk").get("/api/v1/permits/" + id).then().body("state", equalTo("BOOK_ISSUED"));
    }

    @Test
    void reissuedBookKeepsItsNumberWithTheNextRevision() {
        String id = Fixture.surveyed();
        String number = move("township_officer", id, "issue-book").then().statusCode(200).extract()
                .path("documents[0].number");
        String etag = Fixture.etag(id);
        String key = java.util.UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            // a retry with the same key replays the first answer: still revision 2, not a third revision
            as("township_officer").header("If-Match", etag).header("Idempotency-Key", key)
                    .body(Map.of("reason", "地址更正")).post("/api/v1/permits/" + id + "/documents/BOOK/reissue")
                    .then().statusCode(200)
                    .body("documents[1].number", equalTo(number)).body("documents[1].revision", equalTo(2))
                    .body("documents", org.hamcrest.Matchers.hasSize(2));
        }
    }

    @Test
    void retriedUpdateWithTheSameIdempotencyKeyIsReplayed() {
        String id = Fixture.draft();
        String etag = Fixture.etag(id);
        String key = java.util.UUID.randomUUID().toString();
        String household = as("village_reviewer").get("/api/v1/permits/" + id).then().statusCode(200).extract()
                .path("householdId");
        Map<String, Object> changed = Fixture.form(household);
        changed.put("address", "示范县城关镇东门村 3 组 20 号");
        String first = as("village_reviewer").header("If-Match", etag).header("Idempotency-Key", key).body(changed)
                .put("/api/v1/permits/" + id).then().statusCode(200).body("address", equalTo("示范县城关镇东门村 3 组 20 号"))
                .extract().header("ETag");
        as("village_reviewer").header("If-Match", etag).header("Idempotency-Key", key).body(changed)
                .put("/api/v1/permits/" + id).then().statusCode(200).header("ETag", equalTo(first))
                .header("Idempotent-Replayed", equalTo("true"));
        // without the key the same retry is a stale write
        as("village_reviewer").header("If-Match", etag).body(changed).put("/api/v1/permits/" + id)
                .then().statusCode(412);
    }

    @Test
    void historyRowsCannotBeChangedOrDeleted() {
        String id = Fixture.draft();
        Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update permit_history set reason = 'tampered' where permit_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
        assertEquals(true, rootMessage(e).contains("append-only"), rootMessage(e));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from permit_history where permit_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
    }

    private static String rootMessage(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(" | ");
        }
        return b.toString();
    }

    private long outbox(String permitId, String type) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 and "
                + "event_type = ?2 and destination = 'registry'").setParameter(1, permitId).setParameter(2, type)
                .getSingleResult()).longValue();
    }
}
