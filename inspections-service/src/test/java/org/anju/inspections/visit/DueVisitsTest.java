package org.anju.inspections.visit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.VILLAGE;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The township's mandatory visits due come from permits' stages (WireMock stands in for permits-service's
 * GET /api/v1/permits/visits-due) and carry what inspections knows. Each test asks for its own date, so the stubs of
 * one test never answer another's.
 */
@QuarkusTest
class DueVisitsTest {

    static final String CHENGGUAN = TestTokens.CHENGGUAN;
    static final String QINGSHI = TestTokens.QINGSHI;
    static final String PATH = "/api/v1/permits/visits-due";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String item(UUID permitId, String township, String type, String dueOn, boolean overdue, int days) {
        return """
                {"permitId":"%s","householdId":"%s","applicantName":"王大明","township":"%s","village":"%s",
                 "state":"UNDER_CONSTRUCTION","visitType":"%s","dueOn":"%s","overdue":%s,"workingDaysOverdue":%d,
                 "site":{"lat":%s,"lng":%s},"applicationNumber":"A369901-2031-000009","address":"东门村3组",
                 "somethingNew":true}""".formatted(permitId, UUID.randomUUID(), township,
                township.equals(CHENGGUAN) ? VILLAGE : "369901101201", type, dueOn, overdue, days, SITE_LAT,
                SITE_LNG);
    }

    static MappingBuilder due(String township, String on) {
        return get(urlPathEqualTo(PATH)).withQueryParam("township", WireMock.equalTo(township))
                .withQueryParam("on", WireMock.equalTo(on));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(String nextCursor, String... items) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":["
                + String.join(",", items) + "],\"nextCursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
                + "}");
    }

    static Map<String, Object> visit(UUID permitId, String type, Map<String, Object> checkIn, String outcome) {
        return Map.of("permitId", permitId, "type", type, "checkIn", checkIn, "answers", trenchAnswers(true),
                "outcome", outcome);
    }

    @Test
    void dueVisitsCarryTheScheduledVisitAndTheOffSiteAttemptAndLeaveOutThosePassedHere() {
        String token = TestTokens.inspector(CHENGGUAN);
        UUID scheduled = UUID.randomUUID();
        UUID attempted = UUID.randomUUID();
        UUID passed = UUID.randomUUID();
        for (UUID p : List.of(scheduled, attempted, passed)) {
            PermitsStub.siteForToken(p, CHENGGUAN, VILLAGE, SITE_LAT, SITE_LNG, "FOUNDATION_TRENCH");
        }
        String scheduledId = as(token).body(Map.of("permitId", scheduled, "type", "KEY_MILESTONE", "scheduledDate",
                "2031-03-04")).post("/api/v1/visits").then().statusCode(201).extract().path("id");
        String attemptId = as(token).body(visit(attempted, "FOUNDATION_TRENCH", checkIn(north(2000), SITE_LNG, 8.0),
                "PASSED")).post("/api/v1/visits").then().statusCode(201).body("outcome", equalTo("NOT_ON_SITE"))
                .extract().path("id");
        // passed on site here; permits-service has not applied the visit.passed event yet, so it still lists it
        as(token).body(visit(passed, "FOUNDATION_TRENCH", checkIn(north(30), SITE_LNG, 8.0), "PASSED"))
                .post("/api/v1/visits").then().statusCode(201).body("countsForStage", equalTo(true));
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-03-03").willReturn(page(null,
                item(attempted, CHENGGUAN, "FOUNDATION_TRENCH", "2031-02-26", true, 3),
                item(passed, CHENGGUAN, "FOUNDATION_TRENCH", "2031-02-27", true, 2),
                item(scheduled, CHENGGUAN, "KEY_MILESTONE", "2031-03-03", false, 0))));

        as(token).queryParam("township", CHENGGUAN).queryParam("on", "2031-03-03").get("/api/v1/visits/due")
                .then().statusCode(200)
                .body("items.permitId", contains(attempted.toString(), scheduled.toString()))
                .body("items[0].attemptVisitId", equalTo(attemptId))
                .body("items[0].attemptOutcome", equalTo("NOT_ON_SITE"))
                .body("items[0].scheduledVisitId", nullValue())
                .body("items[0].overdue", equalTo(true))
                .body("items[0].workingDaysOverdue", equalTo(3))
                .body("items[0].applicantName", equalTo("王大明"))
                .body("items[0].applicationNumber", equalTo("A369901-2031-000009"))
                .body("items[0].address", equalTo("东门村3组"))
                .body("items[0].site.lat", equalTo((float) SITE_LAT))
                .body("items[1].scheduledVisitId", equalTo(scheduledId))
                .body("items[1].scheduledFor", equalTo("2031-03-04"))
                .body("items[1].inspector", equalTo("test-inspector"))
                .body("items[1].attemptVisitId", nullValue())
                .body("items[1].dueOn", equalTo("2031-03-03"))
                .body("nextCursor", nullValue());
        as(token).queryParam("township", CHENGGUAN).queryParam("on", "2031-03-03").queryParam("view", "OVERDUE")
                .get("/api/v1/visits/due").then().statusCode(200)
                .body("items.permitId", contains(attempted.toString()));
        as(token).queryParam("township", CHENGGUAN).queryParam("on", "2031-03-03").queryParam("view", "DUE_TODAY")
                .get("/api/v1/visits/due").then().statusCode(200)
                .body("items.permitId", contains(scheduled.toString()));
        // the caller's own token went to permits-service, so it scopes the list to the caller
        PermitsStub.server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("on", WireMock.equalTo(
                "2031-03-03")).withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void theOldDueTodayListAnswersFromPermitsStagesInTheShapeTheGatewayReads() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        UUID permit = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        PermitsStub.server.stubFor(due(QINGSHI, today).willReturn(page(null,
                item(late, QINGSHI, "SETTING_OUT", LocalDate.parse(today).minusDays(4).toString(), true, 2),
                item(permit, QINGSHI, "SETTING_OUT", today, false, 0))));
        String token = TestTokens.inspector(QINGSHI);
        as(token).queryParam("township", QINGSHI).queryParam("view", "DUE_TODAY").queryParam("limit", 100)
                .get("/api/v1/visits").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].permitId", equalTo(permit.toString()))
                .body("items[0].type", equalTo("SETTING_OUT"))
                .body("items[0].scheduledDate", equalTo(today))
                .body("items[0].townshipCode", equalTo(QINGSHI))
                .body("items[0].villageCode", equalTo("369901101201"));
        as(token).queryParam("township", QINGSHI).queryParam("view", "OVERDUE").queryParam("limit", 100)
                .get("/api/v1/visits").then().statusCode(200)
                .body("items.permitId", contains(late.toString()));
    }

    @Test
    void permitsCursorIsPassedThroughAndAThinnedPageReadsOnUntilItIsFull() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-04-01").withQueryParam("cursor", WireMock.absent())
                .willReturn(page("permits-cursor-1", item(a, CHENGGUAN, "SETTING_OUT", "2031-03-20", true, 8))));
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-04-01").withQueryParam("cursor",
                WireMock.equalTo("permits-cursor-1")).willReturn(page("permits-cursor-2",
                        item(b, CHENGGUAN, "SETTING_OUT", "2031-04-01", false, 0))));
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-04-01").withQueryParam("cursor",
                WireMock.equalTo("permits-cursor-2")).willReturn(page(null,
                        item(c, CHENGGUAN, "KEY_MILESTONE", "2031-04-01", false, 0))));
        String token = TestTokens.townshipOfficer(CHENGGUAN);
        as(token).queryParam("township", CHENGGUAN).queryParam("on", "2031-04-01").queryParam("limit", 1)
                .get("/api/v1/visits/due").then().statusCode(200)
                .body("items.permitId", contains(a.toString())).body("nextCursor", equalTo("permits-cursor-1"));
        as(token).queryParam("township", CHENGGUAN).queryParam("on", "2031-04-01").queryParam("limit", 1)
                .queryParam("cursor", "permits-cursor-2").get("/api/v1/visits/due").then().statusCode(200)
                .body("items.permitId", contains(c.toString())).body("nextCursor", nullValue());
        // the first page of permits holds only an overdue visit: the next one is read to fill the page
        as(token).queryParam("township", CHENGGUAN).queryParam("on", "2031-04-01").queryParam("limit", 1)
                .queryParam("view", "DUE_TODAY").get("/api/v1/visits/due").then().statusCode(200)
                .body("items.permitId", contains(b.toString())).body("nextCursor", equalTo("permits-cursor-2"));
    }

    @Test
    void permitsDownIs503ProblemNotA500() {
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-05-01").willReturn(aResponse().withStatus(500)));
        as(TestTokens.inspector(CHENGGUAN)).queryParam("township", CHENGGUAN).queryParam("on", "2031-05-01")
                .get("/api/v1/visits/due").then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:permits-unavailable"))
                .body("titleZh", equalTo("许可服务暂不可用"));
        // a permits-service without the endpoint yet (404) is unavailable too, not an empty list
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-05-02").willReturn(aResponse().withStatus(404)));
        as(TestTokens.inspector(CHENGGUAN)).queryParam("township", CHENGGUAN).queryParam("on", "2031-05-02")
                .get("/api/v1/visits/due").then().statusCode(503)
                .body("type", equalTo("urn:anju:problem:permits-unavailable"));
    }

    @Test
    void aSlowPermitsServiceIsCutAtTheTimeoutAndNotAskedAgain() {
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-05-03").willReturn(page(null).withFixedDelay(3000)));
        as(TestTokens.inspector(CHENGGUAN)).queryParam("township", CHENGGUAN).queryParam("on", "2031-05-03")
                .get("/api/v1/visits/due").then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:permits-unavailable"));
        PermitsStub.server.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("on",
                WireMock.equalTo("2031-05-03")));
    }

    @Test
    void aCursorPermitsDoesNotKnowIs400OnTheCursor() {
        PermitsStub.server.stubFor(due(CHENGGUAN, "2031-05-04").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":400}")));
        as(TestTokens.inspector(CHENGGUAN)).queryParam("township", CHENGGUAN).queryParam("on", "2031-05-04")
                .queryParam("cursor", "not-a-cursor").get("/api/v1/visits/due").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anotherTownshipIsNotFoundAndPermitsIsNotAsked() {
        as(TestTokens.inspector(QINGSHI)).queryParam("township", CHENGGUAN).queryParam("on", "2031-05-05")
                .get("/api/v1/visits/due").then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.inspector(QINGSHI)).queryParam("township", CHENGGUAN).queryParam("view", "OVERDUE")
                .get("/api/v1/visits").then().statusCode(404);
        as(TestTokens.countyAdmin()).queryParam("township", "369901999000").queryParam("on", "2031-05-05")
                .get("/api/v1/visits/due").then().statusCode(404);
        PermitsStub.server.verify(0, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("on",
                WireMock.equalTo("2031-05-05")));
        as(TestTokens.as(Role.VILLAGE_REVIEWER, CHENGGUAN)).queryParam("township", CHENGGUAN)
                .get("/api/v1/visits/due").then().statusCode(403);
    }

    @Test
    void aBadDateOrViewIsNamed() {
        String token = TestTokens.inspector(CHENGGUAN);
        as(token).queryParam("township", CHENGGUAN).queryParam("on", "28.11.2026").get("/api/v1/visits/due")
                .then().statusCode(400).body("errors[0].field", equalTo("on")).body("errors[0].rule",
                        equalTo("iso-date"));
        as(token).queryParam("township", CHENGGUAN).queryParam("view", "TOMORROW").get("/api/v1/visits/due")
                .then().statusCode(400).body("errors[0].field", equalTo("view"));
    }
}
