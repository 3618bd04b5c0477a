package org.anju.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Today's list: due and overdue visits of the caller's townships enriched with site data; partial when a part fails. */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class TodayWorklistTest {

    static final UUID PERMIT = UUID.randomUUID();
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final String TOKEN = TestTokens.inspector(TestTokens.CHENGGUAN);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    WireMockServer wm;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @BeforeEach
    void stubAllUp() {
        wm = ServiceStubs.server;
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits")).withQueryParam("view", equalTo("DUE_TODAY"))
                .willReturn(json("""
                        {"items":[{"id":"%s","permitId":"%s","type":"FOUNDATION_TRENCH","status":"SCHEDULED",
                         "townshipCode":"369901100000","villageCode":"369901100201","scheduledDate":"%s"}]}"""
                        .formatted(UUID.randomUUID(), PERMIT, TODAY))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits")).withQueryParam("view", equalTo("OVERDUE"))
                .willReturn(json("""
                        {"items":[{"id":"%s","permitId":"%s","type":"SETTING_OUT","status":"SCHEDULED",
                         "townshipCode":"369901100000","villageCode":"369901100201","scheduledDate":"%s"}]}"""
                        .formatted(UUID.randomUUID(), PERMIT, TODAY.minusDays(3)))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + PERMIT)).willReturn(json("""
                {"id":"%s","applicationNumber":"A369901-2026-000007","householdId":"%s","townshipCode":"369901100000",
                 "villageCode":"369901100201","state":"UNDER_CONSTRUCTION","lat":25.1,"lng":110.2,"address":"东门村3组"}
                """.formatted(PERMIT, HOUSEHOLD))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/households/" + HOUSEHOLD)).willReturn(json("""
                {"id":"%s","headName":"王建国","townshipCode":"369901100000"}""".formatted(HOUSEHOLD))));
    }

    @Test
    void dueAndOverdueVisitsOfTheCallersTownshipWithSiteData() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist/today")
                .then().statusCode(200)
                .body("date", org.hamcrest.Matchers.equalTo(TODAY.toString()))
                .body("partial", org.hamcrest.Matchers.equalTo(false))
                .body("items", hasSize(2))
                .body("items.visitType", contains("FOUNDATION_TRENCH", "SETTING_OUT"))
                .body("items.overdueDays", contains(0, 3))
                .body("items[0].householdHead", org.hamcrest.Matchers.equalTo("王建国"))
                .body("items[0].applicationNumber", org.hamcrest.Matchers.equalTo("A369901-2026-000007"))
                .body("items[0].lat", org.hamcrest.Matchers.equalTo(25.1f))
                .body("items[0].radiusMetres", org.hamcrest.Matchers.equalTo(100.0f));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/inspections/api/v1/visits"))
                .withQueryParam("township", equalTo(TestTokens.CHENGGUAN))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/inspections/api/v1/visits"))
                .withQueryParam("township", equalTo(TestTokens.QINGSHI)));
    }

    @Test
    void dueItemsDerivedFromPermitsStagesNeedNoHouseholdLookup() {
        // inspections' due list (from permits' stages) names the applicant and counts overdue working days itself
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits")).withQueryParam("view", equalTo("OVERDUE"))
                .willReturn(json("""
                        {"items":[{"permitId":"%s","householdId":"%s","applicantName":"李秀英","visitType":"SETTING_OUT",
                          "type":"SETTING_OUT","township":"369901100000","townshipCode":"369901100000",
                          "villageCode":"369901100201","dueOn":"%s","scheduledDate":"%s","overdue":true,
                          "workingDaysOverdue":2,"site":{"lat":25.3,"lng":110.4},
                          "applicationNumber":"A369901-2026-000042","address":"西岭村1组"}]}"""
                        .formatted(PERMIT, HOUSEHOLD, TODAY.minusDays(4), TODAY.minusDays(4)))));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist/today")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].householdHead", org.hamcrest.Matchers.equalTo("李秀英"))
                .body("items[1].overdueDays", org.hamcrest.Matchers.equalTo(2))
                .body("items[1].dueDate", org.hamcrest.Matchers.equalTo(TODAY.minusDays(4).toString()))
                .body("items[1].applicationNumber", org.hamcrest.Matchers.equalTo("A369901-2026-000042"))
                .body("items[1].address", org.hamcrest.Matchers.equalTo("西岭村1组"))
                .body("items[1].lat", org.hamcrest.Matchers.equalTo(25.3f));
        // one permit read, for the scheduled visit of DUE_TODAY only: the due-list item carried its build
        wm.verify(1, getRequestedFor(urlPathEqualTo("/permits/api/v1/permits/" + PERMIT)));
    }

    @Test
    void aDueListThatCarriesItsBuildsCostsNoCallPerItem() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"permitId":"%s","householdId":"%s","applicantName":"户主%d","visitType":"KEY_MILESTONE",
                     "township":"369901100000","village":"369901100201","dueOn":"%s","overdue":true,
                     "workingDaysOverdue":1,"site":{"lat":25.1,"lng":110.2},"applicationNumber":"A369901-2026-%06d",
                     "address":"东门村%d组"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), i, TODAY.minusDays(1), i, i));
        }
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits")).withQueryParam("view", equalTo("OVERDUE"))
                .willReturn(json("{\"items\":[" + items + "]}")));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits")).withQueryParam("view", equalTo("DUE_TODAY"))
                .willReturn(json("{\"items\":[]}")));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist/today")
                .then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(false))
                .body("items", hasSize(30))
                .body("items[29].applicationNumber", org.hamcrest.Matchers.equalTo("A369901-2026-000029"))
                .body("items[29].address", org.hamcrest.Matchers.equalTo("东门村29组"))
                .body("items[29].householdHead", org.hamcrest.Matchers.equalTo("户主29"));
        // two calls in all (the township's two lists), however many builds are due: none to permits-service
        wm.verify(0, getRequestedFor(urlPathMatching("/permits/.*")));
        wm.verify(2, getRequestedFor(urlPathMatching("/inspections/.*")));
    }

    @Test
    void permitsDownStillListsTheVisitsMarkedPartial() {
        wm.stubFor(get(urlPathMatching("/permits/.*")).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist/today")
                .then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("unavailable", contains("permits"))
                .body("items", hasSize(2))
                .body("items[0].lat", nullValue());
    }

    @Test
    void slowInspectionsIsCutAndAnswersAnEmptyPartialList() {
        wm.stubFor(get(urlPathMatching("/inspections/.*")).willReturn(json("{}").withFixedDelay(8_000)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist/today")
                .then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("unavailable", contains("inspections"))
                .body("items", empty());
    }

    @Test
    void garbageFromInspectionsIsUnavailable() {
        wm.stubFor(get(urlPathMatching("/inspections/.*")).willReturn(json("[1,2")));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist/today")
                .then().statusCode(200)
                .body("unavailable", contains("inspections"));
    }

    @Test
    void countyClerkIsRefused() {
        given().auth().oauth2(TestTokens.as(org.anju.common.security.Role.COUNTY_CLERK))
                .when().get("/api/v1/worklist/today").then().statusCode(403);
    }
}
