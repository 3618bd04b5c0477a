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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 一户一档 composed from WireMock stand-ins: complete, partial when a service is down, slow or garbled, ETag/304. */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class HouseholdFileTest {

    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID PERMIT = UUID.randomUUID();
    static final UUID CREW = UUID.randomUUID();
    static final UUID VISIT = UUID.randomUUID();
    static final UUID HAZARD = UUID.randomUUID();
    static final UUID PHOTO = UUID.randomUUID();
    static final String TOKEN = TestTokens.inspector(TestTokens.CHENGGUAN);

    WireMockServer wm;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @BeforeEach
    void stubAllUp() {
        wm = ServiceStubs.server;
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/households/" + HOUSEHOLD)).willReturn(json("""
                {"id":"%s","headName":"王建国","headResidentId":"3699**********001X","registerNumber":"R1",
                 "villageCode":"369901100201","townshipCode":"369901100000","version":1}""".formatted(HOUSEHOLD))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits")).willReturn(json("""
                {"items":[{"id":"%s","applicationNumber":"A369901-2026-000123"}],"nextCursor":null}""".formatted(PERMIT))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + PERMIT)).willReturn(json("""
                {"id":"%s","applicationNumber":"A369901-2026-000123","householdId":"%s","townshipCode":"369901100000",
                 "villageCode":"369901100201","state":"UNDER_CONSTRUCTION","lat":25.1,"lng":110.2,"address":"东门村3组",
                 "crewId":"%s","storeys":2,"version":7,
                 "documents":[{"kind":"BOOK","number":"369901-2026-000123","revision":1,"issuedAt":"2026-11-01T10:00:00+08:00"}]}
                """.formatted(PERMIT, HOUSEHOLD, CREW))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + PERMIT + "/history")).willReturn(json("""
                {"permitId":"%s","chainIntact":true,"entries":[{"seq":1,"action":"submit","toState":"SUBMITTED",
                 "actor":"clerk1","actorRole":"county_clerk","occurredAt":"2026-10-01T09:00:00+08:00"}]}""".formatted(PERMIT))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + PERMIT + "/site")).willReturn(json("""
                {"permitId":"%s","nextVisit":"MAIN_STRUCTURE","visits":[]}""".formatted(PERMIT))));
        wm.stubFor(get(urlPathEqualTo("/registry/api/v1/crews/" + CREW)).willReturn(json("""
                {"id":"%s","name":"城关镇李建国施工队","status":"ACTIVE"}""".formatted(CREW))));
        wm.stubFor(get(urlPathEqualTo("/registry/api/v1/crews/" + CREW + "/eligibility")).willReturn(json("""
                {"crewId":"%s","eligible":false,"reasons":[{"code":"INSURANCE_LAPSED"}],"creditScore":92}""".formatted(CREW))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/permits/" + PERMIT + "/visits")).willReturn(json("""
                {"items":[{"id":"%s","type":"FOUNDATION_TRENCH","status":"RECORDED","outcome":"RECTIFY",
                 "scheduledDate":"2026-11-20","presence":{"serverTime":"2026-11-20T10:00:00+08:00","onSite":true},
                 "hazardIds":["%s"],"photoIds":["%s"]}]}""".formatted(VISIT, HAZARD, PHOTO))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/rectification-notices")).willReturn(json("""
                {"items":[{"id":"%s","permitId":"%s","hazardId":"%s","deadline":"2026-12-05","status":"OPEN"},
                          {"id":"%s","permitId":"%s","deadline":"2026-12-06","status":"OPEN"}]}
                """.formatted(UUID.randomUUID(), PERMIT, HAZARD, UUID.randomUUID(), UUID.randomUUID()))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/stop-work-notices")).withQueryParam("state", equalTo("IN_FORCE"))
                .willReturn(json("""
                {"items":[{"id":"%s","permitId":"%s","reasonCode":"CRITICAL_HAZARD","reason":"基槽持力层为回填土",
                           "status":"IN_FORCE","issuedAt":"2026-11-20T10:05:00+08:00"},
                          {"id":"%s","permitId":"%s","reason":"另一户","status":"IN_FORCE"}]}
                """.formatted(UUID.randomUUID(), PERMIT, UUID.randomUUID(), UUID.randomUUID()))));
    }

    @Test
    void allThreeUpGiveTheWholeFileAndForwardTheCallersToken() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("partial", org.hamcrest.Matchers.equalTo(false))
                .body("unavailable", empty())
                .body("household.headName", org.hamcrest.Matchers.equalTo("王建国"))
                .body("household.villageName", notNullValue())
                .body("permit.id", org.hamcrest.Matchers.equalTo(PERMIT.toString()))
                .body("permit.nextVisit", org.hamcrest.Matchers.equalTo("MAIN_STRUCTURE"))
                .body("history[0].role", org.hamcrest.Matchers.equalTo("county_clerk"))
                .body("documents[0].kind", org.hamcrest.Matchers.equalTo("BOOK"))
                .body("crew.name", org.hamcrest.Matchers.equalTo("城关镇李建国施工队"))
                .body("crew.creditScore", org.hamcrest.Matchers.equalTo(92))
                .body("crew.reasons.code", contains("INSURANCE_LAPSED"))
                .body("visits[0].onSite", org.hamcrest.Matchers.equalTo(true))
                .body("visits[0].hazards.id", contains(HAZARD.toString()))
                .body("visits[0].photos.url", contains("/api/v1/photos/" + PHOTO + "/content"))
                .body("notices", hasSize(2))
                .body("notices.kind", contains("RECTIFICATION", "STOP_WORK"))
                .body("notices[1].description", org.hamcrest.Matchers.equalTo("基槽持力层为回填土"))
                .body("notices[1].issuedAt", org.hamcrest.Matchers.equalTo("2026-11-20T10:05:00+08:00"));
        wm.verify(getRequestedFor(urlPathEqualTo("/inspections/api/v1/permits/" + PERMIT + "/visits"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        wm.verify(getRequestedFor(urlPathEqualTo("/registry/api/v1/crews/" + CREW + "/eligibility"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void inspectionsDownGivesTheRestMarkedPartial() {
        wm.stubFor(get(urlPathMatching("/inspections/.*")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("unavailable", contains("inspections"))
                .body("permit.id", org.hamcrest.Matchers.equalTo(PERMIT.toString()))
                .body("crew.creditScore", org.hamcrest.Matchers.equalTo(92))
                .body("visits", empty());
    }

    @Test
    void slowRegistryIsCutAtTheTimeout() {
        wm.stubFor(get(urlPathMatching("/registry/.*")).willReturn(json("{}").withFixedDelay(8_000)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("unavailable", contains("registry"))
                .body("crew.creditScore", nullValue())
                .body("visits", hasSize(1));
    }

    @Test
    void garbageFromInspectionsIsTreatedAsUnavailable() {
        wm.stubFor(get(urlPathMatching("/inspections/.*")).willReturn(json("<html>oops")));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", org.hamcrest.Matchers.equalTo(true))
                .body("unavailable", contains("inspections"))
                .body("history", hasSize(1));
    }

    @Test
    void householdOfAnotherTownshipIsNotFound() {
        given().auth().oauth2(TestTokens.inspector(TestTokens.QINGSHI))
                .when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownHouseholdIsNotFound() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void matchingIfNoneMatchGets304WithoutBody() {
        String etag = given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TOKEN).header("If-None-Match", etag)
                .when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(304).body(org.hamcrest.Matchers.emptyString());
    }

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/households/{id}/file", HOUSEHOLD).then().statusCode(401);
    }
}
