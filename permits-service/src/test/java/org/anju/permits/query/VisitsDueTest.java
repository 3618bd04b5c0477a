package org.anju.permits.query;

import static org.anju.permits.support.Builds.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.support.Builds;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** GET /permits/visits-due: the visit each build's stage needs, by its deadline in county working days. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class VisitsDueTest {

    /** Thursday 5 June 2025; Monday 9 June 2025 is made a county holiday below. */
    private static final String THURSDAY_PASSED = "2025-06-05T10:00:00+08:00";

    @Inject
    HolidayCalendar calendar;

    @Inject
    EntityManager em;

    /** Every item of the list for the caller, township and day, all pages read. */
    static List<Map<String, Object>> due(Role role, String callerTownship, String township, LocalDate on) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = as(role, callerTownship).queryParam("limit", 100).queryParam("on", on.toString());
            if (township != null) {
                spec.queryParam("township", township);
            }
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/permits/visits-due").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    static Map<String, Object> item(String permitId, LocalDate on) {
        return due(Role.TOWNSHIP_OFFICER, Builds.CHENGGUAN, Builds.CHENGGUAN, on).stream()
                .filter(i -> permitId.equals(i.get("permitId"))).findFirst().orElse(null);
    }

    private LocalDate today() {
        return HolidayCalendar.today();
    }

    private LocalDate inWorkingDays(int n) {
        return QuarkusTransaction.requiringNew().call(() -> calendar.workingDays().plus(today(), n));
    }

    private static LocalDate surveyDueOn(String permitId) {
        return LocalDate.parse(as(Role.COUNTY_CLERK).get("/api/v1/permits/" + permitId).then().statusCode(200)
                .extract().path("surveyDueOn"));
    }

    @Test
    void eachStageIsDueForTheVisitItNeedsUntilItPasses() {
        String submitted = Builds.submitted("申请甲");
        LocalDate surveyDue = surveyDueOn(submitted);
        Map<String, Object> survey = item(submitted, surveyDue);
        assertNotNull(survey, "a submitted build owes its site survey");
        assertEquals("SITE_SURVEY", survey.get("visitType"));
        assertEquals(surveyDue.toString(), survey.get("dueOn"));
        assertEquals(false, survey.get("overdue"));
        assertEquals(0, survey.get("workingDaysOverdue"));
        assertEquals("申请甲", survey.get("applicantName"));
        assertEquals(Builds.VILLAGE, survey.get("village"));
        assertEquals("SUBMITTED", survey.get("state"));
        assertEquals("示范县城关镇东门村 3 组 18 号", survey.get("address"), "what the worklist shows needs no permit read");
        assertNotNull(survey.get("applicationNumber"));
        assertEquals(28.452f, ((Number) ((Map<?, ?>) survey.get("site")).get("lat")).floatValue());
        assertNull(item(submitted, surveyDue.minusDays(1)), "not listed before its due date");

        String reviewed = Builds.reviewed("申请乙");
        assertEquals("SITE_SURVEY", item(reviewed, surveyDueOn(reviewed)).get("visitType"));

        String surveyed = Builds.reviewed("申请丙");
        Builds.passed(surveyed, "SITE_SURVEY", THURSDAY_PASSED).then().statusCode(200);
        String book = Builds.bookIssued("申请丁");
        assertNull(item(surveyed, today().plusDays(30)), "nothing is due between survey and certificate");
        assertNull(item(book, today().plusDays(30)));

        String permitted = Builds.permitted("申请戊");
        Map<String, Object> settingOut = item(permitted, today().plusDays(30));
        assertEquals("SETTING_OUT", settingOut.get("visitType"));
        assertEquals(inWorkingDays(3).toString(), settingOut.get("dueOn"), "3 working days from the certificate");

        String building = Builds.permitted("申请己");
        Builds.passed(building, "SETTING_OUT", THURSDAY_PASSED).then().statusCode(200);
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + building).then().body("state", equalTo("UNDER_CONSTRUCTION"));
        assertEquals("FOUNDATION_TRENCH", item(building, today()).get("visitType"));

        String completed = Builds.permitted("申请庚");
        for (String visit : List.of("SETTING_OUT", "FOUNDATION_TRENCH", "KEY_MILESTONE", "MAIN_STRUCTURE",
                "COMPLETION_ACCEPTANCE")) {
            Builds.passed(completed, visit, "2026-11-28T10:00:00+08:00").then().statusCode(200);
        }
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + completed).then().body("state", equalTo("COMPLETED"));
        assertNull(item(completed, today().plusDays(30)), "nothing is due after completion acceptance");
    }

    @Test
    void workingDaysSkipTheWeekendAndACountyHoliday() {
        as(Role.COUNTY_ADMIN).body(Map.of("name", "测试假日 test holiday", "workday", false))
                .put("/api/v1/holidays/2025-06-09").then().statusCode(200);
        String id = Builds.permitted("工作日");
        // setting-out passed Thursday 5 June: Friday 6, (weekend), (holiday Monday 9), Tuesday 10, Wednesday 11
        Builds.passed(id, "SETTING_OUT", THURSDAY_PASSED).then().statusCode(200);
        assertNull(item(id, LocalDate.of(2025, 6, 10)));
        Map<String, Object> onTheDay = item(id, LocalDate.of(2025, 6, 11));
        assertEquals("FOUNDATION_TRENCH", onTheDay.get("visitType"));
        assertEquals("2025-06-11", onTheDay.get("dueOn"));
        assertEquals(false, onTheDay.get("overdue"));
        assertEquals(0, onTheDay.get("workingDaysOverdue"));
        Map<String, Object> late = item(id, LocalDate.of(2025, 6, 16));
        assertEquals(true, late.get("overdue"));
        assertEquals(3, late.get("workingDaysOverdue"), "Thursday 12, Friday 13, Monday 16");
        Map<String, Object> saturday = item(id, LocalDate.of(2025, 6, 14));
        assertEquals(true, saturday.get("overdue"));
        assertEquals(2, saturday.get("workingDaysOverdue"));

        // the trench passed on Thursday 12 June: the key milestone is due Tuesday 17 June
        Builds.passed(id, "FOUNDATION_TRENCH", "2025-06-12T16:00:00+08:00").then().statusCode(200);
        Map<String, Object> next = item(id, LocalDate.of(2025, 6, 23));
        assertEquals("KEY_MILESTONE", next.get("visitType"));
        assertEquals("2025-06-17", next.get("dueOn"));
        assertEquals(4, next.get("workingDaysOverdue"));
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then()
                .body("visits.find { it.type == 'FOUNDATION_TRENCH' }.dueOn", equalTo("2025-06-11"))
                .body("visits.find { it.type == 'KEY_MILESTONE' }.dueOn", equalTo("2025-06-17"));
    }

    @Test
    void aSuspendedBuildIsNotDueAndCountsAgainWhenTheStopWorkIsLifted() {
        String id = Builds.permitted("停工户");
        Builds.passed(id, "SETTING_OUT", java.time.OffsetDateTime.now().toString()).then().statusCode(200);
        LocalDate due = inWorkingDays(3);
        assertEquals(due.toString(), item(id, today().plusDays(30)).get("dueOn"));
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("state", equalTo("SUSPENDED"));
        assertNull(item(id, today().plusDays(30)), "a stop-work suspends the visit");
        Builds.stopWork(id, notice, true).then().statusCode(200);
        Map<String, Object> again = item(id, today().plusDays(30));
        assertEquals("FOUNDATION_TRENCH", again.get("visitType"));
        assertEquals(due.toString(), again.get("dueOn"), "3 working days from the day it was lifted");

        // a deadline already missed before the stop-work stays missed after it
        String late = Builds.permitted("误期户");
        Builds.passed(late, "SETTING_OUT", THURSDAY_PASSED).then().statusCode(200);
        String missed = (String) item(late, today()).get("dueOn");
        Builds.stopWork(late, notice, false).then().statusCode(200);
        assertNull(item(late, today()));
        Builds.stopWork(late, notice, true).then().statusCode(200);
        assertEquals(missed, item(late, today()).get("dueOn"));
    }

    @Test
    void anotherTownshipsBuildsAreNeverListed() {
        String household = Builds.household("青石户", Builds.QINGSHI_VILLAGE, Builds.QINGSHI);
        String id = Builds.draft(household, Builds.QINGSHI);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update permit set state = 'SUBMITTED', "
                + "due_visit = 'SITE_SURVEY', visit_due_on = ?1 where id = ?2").setParameter(1, LocalDate.of(2025, 6, 2))
                .setParameter(2, UUID.fromString(id)).executeUpdate());
        LocalDate on = LocalDate.of(2025, 6, 30);
        assertTrue(due(Role.TOWNSHIP_OFFICER, Builds.CHENGGUAN, Builds.QINGSHI, on).isEmpty());
        assertFalse(due(Role.INSPECTOR, Builds.CHENGGUAN, null, on).stream().anyMatch(i -> id.equals(i.get("permitId"))));
        assertTrue(due(Role.INSPECTOR, Builds.QINGSHI, Builds.QINGSHI, on).stream()
                .anyMatch(i -> id.equals(i.get("permitId")) && "青石户".equals(i.get("applicantName"))));
        assertTrue(due(Role.COUNTY_ADMIN, null, null, on).stream().anyMatch(i -> id.equals(i.get("permitId"))));
    }

    @Test
    void pagesFollowTheDueDateThenIdWithoutRepeats() {
        Builds.permitted("分页甲");
        Builds.permitted("分页乙");
        Set<String> seen = new HashSet<>();
        String previous = "";
        String cursor = null;
        int pages = 0;
        do {
            var spec = as(Role.COUNTY_ADMIN).queryParam("limit", 1).queryParam("on", today().plusDays(30).toString());
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/permits/visits-due").then().statusCode(200).extract().jsonPath();
            String key = page.getString("items[0].dueOn") + "/" + page.getString("items[0].permitId");
            assertTrue(seen.add(key), "repeated " + key);
            assertTrue(key.compareTo(previous) > 0, previous + " then " + key);
            previous = key;
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 6);
        assertTrue(seen.size() >= 2);
    }

    @Test
    void badDayTownshipOrCursorAreRefusedNamingTheField() {
        as(Role.INSPECTOR).queryParam("on", "2026-13-01").get("/api/v1/permits/visits-due").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        as(Role.INSPECTOR).queryParam("township", "369901999000").get("/api/v1/permits/visits-due").then()
                .statusCode(400).body("errors[0].field", equalTo("township"));
        as(Role.INSPECTOR).queryParam("cursor", "bm9wZQ").get("/api/v1/permits/visits-due").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        io.restassured.RestAssured.given().get("/api/v1/permits/visits-due").then().statusCode(401);
    }
}
