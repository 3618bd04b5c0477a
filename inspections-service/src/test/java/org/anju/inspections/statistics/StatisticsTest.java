package org.anju.inspections.statistics;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Rows.YUNLING;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.anju.common.period.StatisticsPeriod;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.hazard.HazardGrade;
import org.anju.inspections.support.Rows;
import org.anju.inspections.visit.VisitOutcome;
import org.anju.inspections.visit.VisitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Statistics of 云岭乡 from fixture rows around March 2025, with exact counts: moments on the edges of the month in
 * Asia/Shanghai, visits scheduled only, and notices due in the month closed out after it.
 */
@QuarkusTest
class StatisticsTest {

    @Inject
    Rows rows;

    static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + "+08:00");
    }

    @BeforeEach
    void fixture() {
        rows.clear(YUNLING);
        LocalDate today = LocalDate.now(StatisticsPeriod.ZONE);
        // visits: five checked in during March (00:30 on the 1st and 23:50 on the 31st in Shanghai included)
        UUID v1 = rows.visit(YUNLING, VisitType.FOUNDATION_TRENCH, at("2025-03-01T00:30"), true, VisitOutcome.PASSED);
        rows.visit(YUNLING, VisitType.KEY_MILESTONE, at("2025-03-10T09:00"), false, VisitOutcome.NOT_ON_SITE);
        UUID v3 = rows.visit(YUNLING, VisitType.ROUTINE_PATROL, at("2025-03-31T23:50"), true, VisitOutcome.FAILED);
        rows.visit(YUNLING, VisitType.RECHECK, at("2025-03-15T09:00"), true, VisitOutcome.PASSED);
        rows.visit(YUNLING, VisitType.KEY_MILESTONE, at("2025-03-20T09:00"), true,
                VisitOutcome.PASSED_WITH_CONDITIONS);
        rows.visit(YUNLING, VisitType.SETTING_OUT, at("2025-04-01T00:10"), true, VisitOutcome.PASSED);
        rows.visit(YUNLING, VisitType.SETTING_OUT, at("2025-02-28T23:59"), true, VisitOutcome.PASSED);
        rows.visit(YUNLING, VisitType.MAIN_STRUCTURE, null, null, null);
        // hazards and their notices
        UUID h1 = rows.hazard(YUNLING, v1, HazardGrade.GENERAL, at("2025-03-05T10:00"));
        UUID h2 = rows.hazard(YUNLING, v1, HazardGrade.GENERAL, at("2025-03-06T10:00"));
        UUID h3 = rows.hazard(YUNLING, v3, HazardGrade.CRITICAL, at("2025-03-10T10:00"));
        UUID h4 = rows.hazard(YUNLING, v3, HazardGrade.MAJOR, at("2025-04-03T10:00"));
        UUID h5 = rows.hazard(YUNLING, v3, HazardGrade.MAJOR, at("2025-04-05T10:00"));
        UUID h6 = rows.hazard(YUNLING, v3, HazardGrade.GENERAL, OffsetDateTime.now());
        rows.notice(YUNLING, h1, at("2025-03-05T10:00"), LocalDate.of(2025, 3, 20), at("2025-03-18T15:00"));
        rows.notice(YUNLING, h2, at("2025-03-06T10:00"), LocalDate.of(2025, 3, 25), null);
        rows.notice(YUNLING, h3, at("2025-03-10T10:00"), LocalDate.of(2025, 4, 2), at("2025-04-01T11:00"));
        rows.notice(YUNLING, h4, at("2025-04-03T10:00"), LocalDate.of(2025, 4, 10), null);
        rows.notice(YUNLING, h5, at("2025-04-05T10:00"), LocalDate.of(2025, 4, 20), at("2025-04-18T11:00"));
        rows.notice(YUNLING, h6, OffsetDateTime.now(), today.plusDays(10), null);
        // stop-works and cases
        rows.stopWork(YUNLING, v3, at("2025-03-12T10:00"), null);
        rows.stopWork(YUNLING, v3, at("2025-01-12T10:00"), at("2025-03-03T10:00"));
        rows.stopWork(YUNLING, v3, at("2025-04-12T10:00"), null);
        rows.illegalCase(YUNLING, at("2025-03-02T10:00"));
        rows.illegalCase(YUNLING, at("2025-05-02T10:00"));
    }

    @Test
    void aHazardTheCountyVoidedIsNotCountedNorItsNoticeAsDueOrOverdue() {
        UUID visit = rows.visit(YUNLING, VisitType.ROUTINE_PATROL, at("2025-03-11T09:00"), true, VisitOutcome.FAILED);
        UUID wrong = rows.hazard(YUNLING, visit, HazardGrade.MAJOR, at("2025-03-11T10:00"));
        rows.notice(YUNLING, wrong, at("2025-03-11T10:00"), LocalDate.of(2025, 3, 21), null);
        rows.voided(wrong, at("2025-03-12T10:00"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                .queryParam("township", YUNLING).get("/api/v1/statistics").then().statusCode(200)
                .body("townships[0].hazardsFound.MAJOR", equalTo(0))
                .body("townships[0].noticesClosedOut", equalTo(1))
                .body("townships[0].noticesDue", equalTo(2))
                .body("townships[0].noticesOverdue", equalTo(2));
    }

    @Test
    void oneTownshipForMarchCountedExactly() {
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                .queryParam("township", YUNLING).get("/api/v1/statistics").then().statusCode(200)
                .body("from", equalTo("2025-03-01")).body("to", equalTo("2025-03-31"))
                .body("townships", hasSize(1))
                .body("townships[0].township", equalTo(YUNLING))
                .body("townships[0].name", equalTo("云岭乡"))
                .body("townships[0].visitsRecorded", equalTo(5))
                .body("townships[0].visitsOnSite", equalTo(4))
                .body("townships[0].visitsOffSite", equalTo(1))
                .body("townships[0].mandatoryVisitsPassedOnSite", equalTo(2))
                .body("townships[0].hazardsFound.GENERAL", equalTo(2))
                .body("townships[0].hazardsFound.MAJOR", equalTo(0))
                .body("townships[0].hazardsFound.CRITICAL", equalTo(1))
                .body("townships[0].noticesIssued", equalTo(3))
                .body("townships[0].noticesClosedOut", equalTo(1))
                .body("townships[0].noticesDue", equalTo(2))
                .body("townships[0].noticesDueClosedOut", equalTo(1))
                .body("townships[0].closeOutRate", equalTo(0.5f))
                .body("townships[0].noticesOverdue", equalTo(2))
                .body("townships[0].stopWorksIssued", equalTo(1))
                .body("townships[0].stopWorksInForce", equalTo(2))
                .body("townships[0].casesOpened", equalTo(1));
    }

    @Test
    void aPeriodWithNoDeadlineHasANullRate() {
        given().auth().oauth2(TestTokens.inspector(YUNLING)).queryParam("from", "2025-02-01")
                .queryParam("to", "2025-02-28").get("/api/v1/statistics").then().statusCode(200)
                .body("townships.township", contains(YUNLING))
                .body("townships[0].visitsRecorded", equalTo(1))
                .body("townships[0].noticesDue", equalTo(0))
                .body("townships[0].closeOutRate", nullValue())
                .body("townships[0].noticesOverdue", equalTo(2));
    }

    @Test
    void monthByMonthWithRatesPerMonth() {
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2025-02").queryParam("to", "2025-04")
                .queryParam("township", YUNLING).get("/api/v1/statistics/monthly").then().statusCode(200)
                .body("months.month", contains("2025-02", "2025-03", "2025-04"))
                .body("months[0].townships[0].visitsOnSite", equalTo(1))
                .body("months[0].townships[0].noticesDue", equalTo(0))
                .body("months[0].townships[0].closeOutRate", nullValue())
                .body("months[1].townships[0].visitsOnSite", equalTo(4))
                .body("months[1].townships[0].visitsOffSite", equalTo(1))
                .body("months[1].townships[0].noticesDue", equalTo(2))
                .body("months[1].townships[0].noticesClosedOut", equalTo(1))
                .body("months[1].townships[0].closeOutRate", equalTo(0.5f))
                .body("months[2].townships[0].name", equalTo("云岭乡"))
                .body("months[2].townships[0].visitsOnSite", equalTo(1))
                .body("months[2].townships[0].noticesDue", equalTo(3))
                .body("months[2].townships[0].noticesClosedOut", equalTo(2))
                .body("months[2].townships[0].closeOutRate", equalTo(0.6667f));
    }

    @Test
    void countyRolesSeeEveryTownshipAndTownshipRolesOnlyTheirs() {
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                .get("/api/v1/statistics").then().statusCode(200)
                .body("townships.township", contains("369901100000", "369901101000", "369901200000", YUNLING));
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).queryParam("from", "2025-03")
                .queryParam("to", "2025-03").get("/api/v1/statistics/monthly").then().statusCode(200)
                .body("months[0].townships.township", contains(TestTokens.CHENGGUAN));
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).queryParam("township", YUNLING)
                .get("/api/v1/statistics").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void moreThan24MonthsOrFromAfterToIsRefusedNamingTheField() {
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2023-01").queryParam("to", "2025-01")
                .get("/api/v1/statistics/monthly").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from")).body("errors[0].rule", equalTo("at-most-24-months"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2023-02").queryParam("to", "2025-01")
                .get("/api/v1/statistics/monthly").then().statusCode(200).body("months", hasSize(24));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2025-04-01").queryParam("to", "2025-03-01")
                .get("/api/v1/statistics").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("to", "31/03/2025")
                .get("/api/v1/statistics").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
