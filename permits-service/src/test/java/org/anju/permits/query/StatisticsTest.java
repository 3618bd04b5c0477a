package org.anju.permits.query;

import static org.anju.permits.support.Builds.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /permits/statistics and /statistics/monthly over known rows of 云岭乡 in early 2024 (no other test writes
 * there): exact counts, averages and rates, the period's first and last day, township scope, bad month ranges.
 */
@QuarkusTest
class StatisticsTest {

    static final String YUNLING = "369901201000";
    static final String VILLAGE = "369901201201";

    @Inject
    EntityManager em;

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("statistics-test-" + name).getBytes());
    }

    /**
     * P1 submitted the first minute of March, book 7 days later; P2 submitted the last minute of February, refused
     * 4 March; P3 submitted the last minute of March, past its limits now; P4 submitted the first minute of April,
     * book that morning; P5 submitted mid-March, book the last half hour of March (16 days). Visits due in March: 4,
     * 3 passed (one of them after March); in April: 3, 1 passed.
     */
    @BeforeEach
    void rows() {
        QuarkusTransaction.requiringNew().run(() -> {
            build("P1", "BOOK_ISSUED", "2024-03-01T00:10:00+08:00", null, null);
            build("P2", "REJECTED", "2024-02-29T23:50:00+08:00", null, null);
            build("P3", "SUBMITTED", "2024-03-31T23:59:00+08:00", "2024-04-03", "2024-04-15");
            build("P4", "COMPLETED", "2024-04-01T00:00:00+08:00", null, null);
            build("P5", "UNDER_CONSTRUCTION", "2024-03-15T10:00:00+08:00", null, null);
            decision("P1", "issue-book", "2024-03-08T10:00:00+08:00");
            decision("P2", "reject", "2024-03-04T09:00:00+08:00");
            decision("P4", "issue-book", "2024-04-01T08:00:00+08:00");
            decision("P5", "issue-book", "2024-03-31T23:30:00+08:00");
            visit("P1", "SITE_SURVEY", "2024-03-01", "2024-02-29T15:00:00+08:00");
            visit("P2", "SITE_SURVEY", "2024-03-02", null);
            visit("P5", "SITE_SURVEY", "2024-03-05", "2024-03-05T11:00:00+08:00");
            visit("P5", "SETTING_OUT", "2024-03-31", "2024-04-02T11:00:00+08:00");
            visit("P5", "FOUNDATION_TRENCH", "2024-04-01", null);
            visit("P3", "SITE_SURVEY", "2024-04-03", null);
            visit("P4", "SITE_SURVEY", "2024-04-05", "2024-04-04T09:00:00+08:00");
        });
    }

    private void build(String name, String state, String submittedAt, String surveyDue, String decisionDue) {
        em.createNativeQuery("insert into household (id, county_code, village_code, township_code, head_name, "
                + "head_resident_id, register_number, created_at, created_by) values (?1, '369901', ?2, ?3, ?4, ?5, "
                + "?6, cast(?7 as timestamptz), 'statistics-test') on conflict do nothing")
                .setParameter(1, id("h" + name)).setParameter(2, VILLAGE).setParameter(3, YUNLING)
                .setParameter(4, "统计" + name).setParameter(5, "ST-" + name + "-" + id(name).toString().substring(0, 8))
                .setParameter(6, "HK-ST-" + name).setParameter(7, submittedAt).executeUpdate();
        em.createNativeQuery("insert into permit (id, application_number, household_id, county_code, township_code, "
                + "village_code, lat, lng, address, kind, storeys, height_m, floor_area, investment, structure, state, "
                + "submitted_at, survey_due_on, decision_due_on, created_at, updated_at, created_by) values (?1, ?2, "
                + "?3, '369901', ?4, ?5, 28.557, 118.066, '云岭村', 'NEW_BUILD', 2, 7.2, 200, 240000, "
                + "'BRICK_CONCRETE', ?6, cast(?7 as timestamptz), cast(?8 as date), cast(?9 as date), "
                + "cast(?7 as timestamptz), cast(?7 as timestamptz), 'statistics-test') on conflict do nothing")
                .setParameter(1, id(name)).setParameter(2, "ST-2024-" + name).setParameter(3, id("h" + name))
                .setParameter(4, YUNLING).setParameter(5, VILLAGE).setParameter(6, state).setParameter(7, submittedAt)
                .setParameter(8, surveyDue).setParameter(9, decisionDue).executeUpdate();
    }

    private void decision(String name, String action, String at) {
        em.createNativeQuery("insert into permit_history (id, permit_id, action, from_state, to_state, actor, "
                + "actor_role, township_code, occurred_at, prev_hash, hash) values (?1, ?2, ?3, 'SITE_SURVEYED', "
                + "'BOOK_ISSUED', 'statistics-test', 'township_officer', ?4, cast(?5 as timestamptz), 'x', 'x') "
                + "on conflict do nothing").setParameter(1, id("d" + name)).setParameter(2, id(name))
                .setParameter(3, action).setParameter(4, YUNLING).setParameter(5, at).executeUpdate();
    }

    private void visit(String name, String type, String dueOn, String passedAt) {
        em.createNativeQuery("insert into permit_visit (permit_id, visit_type, position, status, passed_at, "
                + "township_code, due_on) values (?1, ?2, 0, ?3, cast(?4 as timestamptz), ?5, cast(?6 as date)) "
                + "on conflict do nothing").setParameter(1, id(name)).setParameter(2, type)
                .setParameter(3, passedAt == null ? "PENDING" : "PASSED").setParameter(4, passedAt)
                .setParameter(5, YUNLING).setParameter(6, dueOn).executeUpdate();
    }

    private static JsonPath yunling(Role role, String township, String from, String to) {
        var spec = as(role, township).queryParam("from", from).queryParam("to", to);
        return spec.get("/api/v1/permits/statistics").then().statusCode(200).extract().jsonPath()
                .setRootPath("townships.find { it.township == '" + YUNLING + "' }");
    }

    @Test
    void countsAveragesAndRatesOfThePeriod() {
        JsonPath march = yunling(Role.COUNTY_ADMIN, null, "2024-03-01", "2024-03-31");
        assertEquals("云岭乡", march.getString("name"));
        assertEquals(3, march.getInt("submitted"), "P1, P3, P5: the first and the last minute of March count");
        assertEquals(3, march.getInt("decided"), "P1, P2, P5 (its book half an hour before April)");
        assertEquals(9.0, march.getDouble("averageDaysToDecision"), 1e-9, "(7 + 4 + 16) / 3");
        assertEquals(1, march.getInt("overdue"), "P3, past both its limits: one build");
        assertEquals(4, march.getInt("mandatoryVisitsDue"));
        assertEquals(3, march.getInt("mandatoryVisitsPassed"), "P5's setting-out passed in April still counts");
        assertEquals(0.75, march.getDouble("mandatoryVisitCompletionRate"), 1e-9);
        Map<String, Integer> states = march.getMap("applicationsByState");
        assertEquals(13, states.size());
        assertEquals(1, states.get("BOOK_ISSUED"));
        assertEquals(1, states.get("REJECTED"));
        assertEquals(1, states.get("SUBMITTED"));
        assertEquals(1, states.get("COMPLETED"));
        assertEquals(1, states.get("UNDER_CONSTRUCTION"));
        assertEquals(0, states.get("DRAFT"));

        JsonPath fromSecond = yunling(Role.COUNTY_ADMIN, null, "2024-03-02", "2024-03-31");
        assertEquals(2, fromSecond.getInt("submitted"));
        assertEquals(3, fromSecond.getInt("mandatoryVisitsDue"));
        assertEquals(0.6667, fromSecond.getDouble("mandatoryVisitCompletionRate"), 1e-9);

        JsonPath quiet = yunling(Role.COUNTY_ADMIN, null, "2024-01-01", "2024-01-31");
        assertEquals(0, quiet.getInt("submitted"));
        assertEquals(0, quiet.getInt("decided"));
        assertNull(quiet.get("averageDaysToDecision"));
        assertEquals(0, quiet.getInt("mandatoryVisitsDue"));
        assertNull(quiet.get("mandatoryVisitCompletionRate"));
    }

    @Test
    void monthByMonth() {
        JsonPath m = as(Role.COUNTY_ADMIN).queryParam("from", "2024-02").queryParam("to", "2024-04")
                .get("/api/v1/permits/statistics/monthly").then().statusCode(200)
                .body("months.month", contains("2024-02", "2024-03", "2024-04"))
                .body("months[0].townships", hasSize(4)).extract().jsonPath();
        String t = ".townships.find { it.township == '" + YUNLING + "' }";
        assertEquals(1, m.getInt("months[0]" + t + ".submitted"));
        assertEquals(0, m.getInt("months[0]" + t + ".mandatoryVisitsDue"));
        assertNull(m.get("months[0]" + t + ".mandatoryVisitCompletionRate"));
        assertEquals(3, m.getInt("months[1]" + t + ".submitted"));
        assertEquals(3, m.getInt("months[1]" + t + ".decided"));
        assertEquals(4, m.getInt("months[1]" + t + ".mandatoryVisitsDue"));
        assertEquals(3, m.getInt("months[1]" + t + ".mandatoryVisitsPassed"));
        assertEquals(0.75, m.getDouble("months[1]" + t + ".mandatoryVisitCompletionRate"), 1e-9);
        assertEquals(1, m.getInt("months[2]" + t + ".submitted"));
        assertEquals(1, m.getInt("months[2]" + t + ".decided"));
        assertEquals(3, m.getInt("months[2]" + t + ".mandatoryVisitsDue"));
        assertEquals(1, m.getInt("months[2]" + t + ".mandatoryVisitsPassed"));
        assertEquals(0.3333, m.getDouble("months[2]" + t + ".mandatoryVisitCompletionRate"), 1e-9);
    }

    @Test
    void townshipRolesSeeOnlyTheirOwnTownship() {
        as(Role.TOWNSHIP_OFFICER, YUNLING).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .get("/api/v1/permits/statistics").then().statusCode(200)
                .body("townships.township", contains(YUNLING)).body("townships[0].submitted", equalTo(3));
        as(Role.TOWNSHIP_OFFICER).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .queryParam("township", YUNLING).get("/api/v1/permits/statistics").then().statusCode(200)
                .body("townships", empty());
        as(Role.TOWNSHIP_OFFICER).queryParam("from", "2024-03").queryParam("to", "2024-03")
                .get("/api/v1/permits/statistics/monthly").then().statusCode(200)
                .body("months[0].townships.township", contains("369901100000"));
        as(Role.BUREAU_READER, null).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .queryParam("township", YUNLING).get("/api/v1/permits/statistics").then().statusCode(200)
                .body("townships[0].mandatoryVisitsDue", equalTo(4));
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        as(Role.COUNTY_ADMIN).queryParam("from", "2024-01").queryParam("to", "2026-01")
                .get("/api/v1/permits/statistics/monthly").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"))
                .body("errors[0].rule", equalTo("at-most-24-months"));
        as(Role.COUNTY_ADMIN).queryParam("from", "2024-02").queryParam("to", "2026-01")
                .get("/api/v1/permits/statistics/monthly").then().statusCode(200).body("months", hasSize(24));
        as(Role.COUNTY_ADMIN).queryParam("from", "2024-13").queryParam("to", "2025-01")
                .get("/api/v1/permits/statistics/monthly").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].rule", equalTo("iso-month"));
        as(Role.COUNTY_ADMIN).queryParam("from", "2024-05").queryParam("to", "2024-04")
                .get("/api/v1/permits/statistics/monthly").then().statusCode(400)
                .body("errors[0].rule", equalTo("from-not-after-to"));
        as(Role.COUNTY_ADMIN).queryParam("from", "2024-03-01").queryParam("to", "yesterday")
                .get("/api/v1/permits/statistics").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(Role.COUNTY_ADMIN).queryParam("township", "369901999000").get("/api/v1/permits/statistics").then()
                .statusCode(400).body("errors[0].field", equalTo("township"));
        as(Role.COUNTY_ADMIN).get("/api/v1/permits/statistics").then().statusCode(200)
                .body("townships", hasSize(4)).body("from", org.hamcrest.Matchers.endsWith("-01-01"));
    }
}
