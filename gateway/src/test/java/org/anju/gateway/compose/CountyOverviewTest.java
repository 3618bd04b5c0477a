package org.anju.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** County overview and trend from permits' and inspections' statistics; partial when one is down; county roles only. */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class CountyOverviewTest {

    static final String CHENGGUAN = TestTokens.CHENGGUAN;
    WireMockServer wm;

    @BeforeEach
    void stub() {
        wm = ServiceStubs.server;
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/statistics")).willReturn(TodayWorklistTest.json("""
                {"from":"2026-11-01","to":"2026-11-30","townships":[{"township":"%s","name":"城关镇",
                 "applicationsByState":{"SUBMITTED":4,"PERMITTED":2},"submitted":6,"decided":3,
                 "averageDaysToDecision":7.5,"overdue":1,"mandatoryVisitsDue":8,"mandatoryVisitsPassed":6,
                 "mandatoryVisitCompletionRate":0.75}]}""".formatted(CHENGGUAN))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/statistics")).willReturn(TodayWorklistTest.json("""
                {"from":"2026-11-01","to":"2026-11-30","townships":[{"township":"%s","name":"城关镇",
                 "visitsRecorded":12,"visitsOnSite":10,"visitsOffSite":2,"hazardsFound":{"GENERAL":3,"MAJOR":1,"CRITICAL":0},
                 "noticesIssued":4,"noticesClosedOut":1,"closeOutRate":0.25,"noticesOverdue":2,"stopWorksIssued":1,
                 "stopWorksInForce":1,"casesOpened":0}]}""".formatted(CHENGGUAN))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/statistics/monthly")).willReturn(TodayWorklistTest.json("""
                {"months":[{"month":"2026-10","townships":[{"township":"%1$s","submitted":2,"decided":1,
                  "mandatoryVisitsDue":4,"mandatoryVisitsPassed":2,"mandatoryVisitCompletionRate":0.5}]},
                 {"month":"2026-11","townships":[{"township":"%1$s","submitted":3,"decided":2,
                  "mandatoryVisitsDue":0,"mandatoryVisitsPassed":0,"mandatoryVisitCompletionRate":null}]}]}"""
                .formatted(CHENGGUAN))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/statistics/monthly")).willReturn(TodayWorklistTest.json("""
                {"months":[{"month":"2026-10","townships":[{"township":"%1$s","visitsOnSite":5,"visitsOffSite":1,
                  "noticesDue":4,"noticesClosedOut":3,"closeOutRate":0.75}]},
                 {"month":"2026-11","townships":[{"township":"%1$s","visitsOnSite":2,"visitsOffSite":0,
                  "noticesDue":2,"noticesClosedOut":1,"closeOutRate":0.5}]}]}""".formatted(CHENGGUAN))));
    }

    @Test
    void ratesAndCountsOfBothServicesPerTownship() {
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview?from=2026-11-01&to=2026-11-30")
                .then().statusCode(200)
                .body("partial", is(false))
                .body("from", is("2026-11-01"))
                .body("townships.'369901100000'.applicationsByState.SUBMITTED", is(4))
                .body("townships.'369901100000'.averageDaysToDecision", is(7.5f))
                .body("townships.'369901100000'.overdueApplications", is(1))
                .body("townships.'369901100000'.mandatoryVisitCompletionRate", is(0.75f))
                .body("townships.'369901100000'.rectificationCloseOutRate", is(0.25f))
                .body("townships.'369901100000'.stopWorksInForce", is(1))
                .body("townships.'369901101000'.name", is("青石镇"))
                .body("townships.'369901101000'.mandatoryVisitCompletionRate", nullValue());
        wm.verify(getRequestedFor(urlPathEqualTo("/permits/api/v1/permits/statistics"))
                .withQueryParam("from", equalTo("2026-11-01")).withQueryParam("to", equalTo("2026-11-30")));
        wm.verify(getRequestedFor(urlPathEqualTo("/inspections/api/v1/statistics"))
                .withQueryParam("from", equalTo("2026-11-01")).withQueryParam("to", equalTo("2026-11-30")));
    }

    @Test
    void inspectionsDownLeavesItsFiguresNull() {
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/statistics")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview")
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("inspections"))
                .body("townships.'369901100000'.mandatoryVisitCompletionRate", is(0.75f))
                .body("townships.'369901100000'.rectificationCloseOutRate", nullValue());
    }

    @Test
    void garbageFromPermitsIsUnavailableNotAnError() {
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/statistics"))
                .willReturn(TodayWorklistTest.json("{\"unexpected\":true}")));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview")
                .then().statusCode(200)
                .body("unavailable", contains("permits"))
                .body("townships.'369901100000'.rectificationCloseOutRate", is(0.25f));
    }

    @Test
    void trendGivesEveryMonthAndTownshipWithBothRates() {
        given().auth().oauth2(TestTokens.as(org.anju.common.security.Role.COUNTY_CLERK)).when()
                .get("/api/v1/overview/trend?from=2026-10&to=2026-11")
                .then().statusCode(200)
                .body("partial", is(false))
                .body("months.month", contains("2026-10", "2026-11"))
                .body("months[0].townships", hasSize(4))
                .body("months[0].townships.find { it.township == '369901100000' }.mandatoryVisitCompletionRate", is(0.5f))
                .body("months[0].townships.find { it.township == '369901100000' }.closeOutRate", is(0.75f))
                .body("months[1].townships.find { it.township == '369901100000' }.mandatoryVisitCompletionRate", nullValue())
                .body("months[1].townships.find { it.township == '369901101000' }.closeOutRate", nullValue());
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview?from=2026-12-01&to=2026-11-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("from")).body("errors[0].rule", is("from-not-after-to"));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview/trend?from=2024-01&to=2026-11")
                .then().statusCode(400).body("errors[0].rule", is("at-most-24-months"));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview/trend?to=November")
                .then().statusCode(400).body("errors[0].field", is("to")).body("errors[0].rule", is("iso-month"));
    }

    @Test
    void inspectorIsRefused() {
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).when().get("/api/v1/overview")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).when().get("/api/v1/overview/trend")
                .then().statusCode(403);
    }
}
