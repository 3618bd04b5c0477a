package org.anju.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * 一户一档 composed from WireMock stand-ins: every build of the household with every visit, hazard and notice (closed and
 * lifted ones too), long parts as a first page and a next link, partial only when a part could not be fetched, the
 * crew named to a reader of another township, ETag/304.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class HouseholdFileTest {

    static final UUID HOUSEHOLD = UUID.randomUUID();
    /** The newest build: 102 visits, 101 rectification notices (3 closed out), 2 stop-works (1 lifted). */
    static final UUID PERMIT = UUID.randomUUID();
    /** An earlier, completed build of the same household. */
    static final UUID EARLIER = UUID.randomUUID();
    static final UUID CREW = UUID.randomUUID();
    static final UUID VISIT = UUID.randomUUID();
    static final UUID HAZARD = UUID.randomUUID();
    static final UUID PHOTO = UUID.randomUUID();
    static final UUID LATE_NOTICE = UUID.randomUUID();
    static final String TOKEN = TestTokens.inspector(TestTokens.CHENGGUAN);

    WireMockServer wm;

    @Inject
    CircuitBreakerMaintenance breakers;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static String page(List<String> items, String nextCursor) {
        return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    static String visit(UUID id, int minute) {
        return """
                {"id":"%s","permitId":"%s","type":"ROUTINE_PATROL","status":"RECORDED","outcome":"PASSED",
                 "presence":{"serverTime":"2026-11-20T10:%02d:00+08:00","onSite":true},"hazardIds":[],"photoIds":[]}"""
                .formatted(id, PERMIT, minute % 60);
    }

    static String notice(UUID id, UUID permit, String status, String deadline) {
        return """
                {"id":"%s","permitId":"%s","hazardId":"%s","responsiblePerson":"李建国","deadline":"%s","status":"%s",
                 "overdue":false,"issuedAt":"2026-11-20T10:05:00+08:00"%s}"""
                .formatted(id, permit, UUID.randomUUID(), deadline, status,
                        "CLOSED".equals(status) ? ",\"closedAt\":\"2026-11-25T10:00:00+08:00\"" : "");
    }

    @BeforeEach
    void stubAllUp() {
        breakers.resetAll();
        wm = ServiceStubs.server;
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/households/" + HOUSEHOLD)).willReturn(json("""
                {"id":"%s","headName":"王建国","headResidentId":"3699**********001X","registerNumber":"R1",
                 "villageCode":"369901100201","townshipCode":"369901100000","version":1}""".formatted(HOUSEHOLD))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits")).withQueryParam("household", equalTo(HOUSEHOLD.toString()))
                .willReturn(json("""
                {"items":[{"id":"%s","householdId":"%s","applicationNumber":"A369901-2026-000123"},
                          {"id":"%s","householdId":"%s","applicationNumber":"A369901-2019-000007"}],"nextCursor":null}"""
                        .formatted(PERMIT, HOUSEHOLD, EARLIER, HOUSEHOLD))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + PERMIT)).willReturn(json("""
                {"id":"%s","applicationNumber":"A369901-2026-000123","householdId":"%s","townshipCode":"369901100000",
                 "villageCode":"369901100201","state":"UNDER_CONSTRUCTION","lat":25.1,"lng":110.2,"address":"东门村3组",
                 "crewId":"%s","storeys":2,"version":7,
                 "documents":[{"kind":"BOOK","number":"369901-2026-000123","revision":1,"issuedAt":"2026-11-01T10:00:00+08:00"}]}
                """.formatted(PERMIT, HOUSEHOLD, CREW))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + EARLIER)).willReturn(json("""
                {"id":"%s","applicationNumber":"A369901-2019-000007","householdId":"%s","townshipCode":"369901100000",
                 "villageCode":"369901100201","state":"ARCHIVED","lat":25.1,"lng":110.2,"address":"东门村3组",
                 "storeys":1,"version":30,"documents":[]}""".formatted(EARLIER, HOUSEHOLD))));
        for (UUID p : List.of(PERMIT, EARLIER)) {
            wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + p + "/history")).willReturn(json("""
                    {"permitId":"%s","chainIntact":true,"entries":[{"seq":1,"action":"submit","toState":"SUBMITTED",
                     "actor":"clerk1","actorRole":"county_clerk","occurredAt":"2026-10-01T09:00:00+08:00"}]}""".formatted(p))));
            wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + p + "/site")).willReturn(json("""
                    {"permitId":"%s","nextVisit":"MAIN_STRUCTURE","visits":[]}""".formatted(p))));
        }
        // the crew is registered in 青石镇: its full record answers an inspector of 城关镇 404, its public identity not
        wm.stubFor(get(urlPathEqualTo("/registry/api/v1/crews/" + CREW)).willReturn(aResponse().withStatus(404)));
        wm.stubFor(get(urlPathEqualTo("/registry/api/v1/crews/" + CREW + "/summary")).willReturn(json("""
                {"id":"%s","registrationNumber":"369901-2026-0042","name":"青石镇李建国施工队","kind":"INDIVIDUAL_CREW",
                 "townshipCode":"369901101000","status":"QUALIFIED","creditScore":92,"maxConcurrentJobs":3}""".formatted(CREW))));
        wm.stubFor(get(urlPathEqualTo("/registry/api/v1/crews/" + CREW + "/eligibility")).willReturn(json("""
                {"crewId":"%s","eligible":false,"reasons":[{"code":"INSURANCE_LAPSED"}],"creditScore":92}""".formatted(CREW))));

        List<String> visits = new ArrayList<>();
        visits.add("""
                {"id":"%s","type":"FOUNDATION_TRENCH","status":"RECORDED","outcome":"RECTIFY",
                 "scheduledDate":"2026-11-20","presence":{"serverTime":"2026-11-20T10:00:00+08:00","onSite":true},
                 "hazardIds":["%s"],"photoIds":["%s"]}""".formatted(VISIT, HAZARD, PHOTO));
        IntStream.range(1, 102).forEach(i -> visits.add(visit(UUID.randomUUID(), i)));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/permits/" + PERMIT + "/visits"))
                .withQueryParam("cursor", absent()).willReturn(json(page(visits.subList(0, 100), "v-100"))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/permits/" + PERMIT + "/visits"))
                .withQueryParam("cursor", equalTo("v-100")).willReturn(json(page(visits.subList(100, 102), null))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/hazards")).withQueryParam("permit", equalTo(PERMIT.toString()))
                .willReturn(json(page(List.of("""
                        {"id":"%s","visitId":"%s","permitId":"%s","type":"FOUNDATION","grade":"MAJOR","description":"基槽持力层为回填土",
                         "status":"OPEN","createdAt":"2026-11-20T10:01:00+08:00","notice":{"id":"%s"}}"""
                        .formatted(HAZARD, VISIT, PERMIT, UUID.randomUUID()), """
                        {"id":"%s","visitId":"%s","permitId":"%s","type":"OTHER","grade":"GENERAL","description":"已整改",
                         "status":"CLOSED","createdAt":"2026-11-20T10:02:00+08:00","closedAt":"2026-11-25T10:00:00+08:00"}"""
                        .formatted(UUID.randomUUID(), VISIT, PERMIT)), null))));
        List<String> notices = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> notices.add(notice(UUID.randomUUID(), PERMIT, i < 3 ? "CLOSED" : "OPEN",
                "2026-12-%02d".formatted(1 + i % 28))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/rectification-notices"))
                .withQueryParam("permit", equalTo(PERMIT.toString())).withQueryParam("cursor", absent())
                .willReturn(json(page(notices, "n-100"))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/rectification-notices"))
                .withQueryParam("permit", equalTo(PERMIT.toString())).withQueryParam("cursor", equalTo("n-100"))
                .willReturn(json(page(List.of(notice(LATE_NOTICE, PERMIT, "OPEN", "2027-01-03")), null))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/stop-work-notices"))
                .withQueryParam("permit", equalTo(PERMIT.toString())).willReturn(json(page(List.of("""
                        {"id":"%s","permitId":"%s","reasonCode":"CRITICAL_HAZARD","reason":"基槽持力层为回填土",
                         "status":"IN_FORCE","issuedAt":"2026-11-20T10:05:00+08:00"}""".formatted(UUID.randomUUID(), PERMIT), """
                        {"id":"%s","permitId":"%s","reasonCode":"OTHER","reason":"擅自加层","status":"LIFTED",
                         "issuedAt":"2026-10-20T10:05:00+08:00","liftedAt":"2026-10-28T10:05:00+08:00"}"""
                        .formatted(UUID.randomUUID(), PERMIT)), null))));
        // the earlier build: one visit, one closed notice, nothing else
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/permits/" + EARLIER + "/visits"))
                .willReturn(json(page(List.of(visit(UUID.randomUUID(), 0)), null))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/hazards")).withQueryParam("permit", equalTo(EARLIER.toString()))
                .willReturn(json(page(List.of(), null))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/rectification-notices"))
                .withQueryParam("permit", equalTo(EARLIER.toString()))
                .willReturn(json(page(List.of(notice(UUID.randomUUID(), EARLIER, "CLOSED", "2019-06-01")), null))));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/stop-work-notices"))
                .withQueryParam("permit", equalTo(EARLIER.toString())).willReturn(json(page(List.of(), null))));
    }

    JsonPath file(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Follows a part's next links through the gateway's front door, each page in the owning service's shape. */
    static List<String> following(String next, String token) {
        List<String> ids = new ArrayList<>();
        while (next != null) {
            JsonPath page = given().auth().oauth2(token).when().get(next).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            String cursor = page.getString("nextCursor");
            next = cursor == null ? null : next.replaceFirst("cursor=[^&]*", "cursor=" + cursor);
        }
        return ids;
    }

    @Test
    void everyBuildWithEveryVisitAndNoticeClosedAndLiftedOnesTooAndLongPartsByLink() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("partial", is(false))
                .body("unavailable", empty())
                .body("household.headName", is("王建国"))
                .body("household.villageName", notNullValue())
                .body("builds.permit.id", contains(PERMIT.toString(), EARLIER.toString()))
                .body("builds[0].permit.nextVisit", is("MAIN_STRUCTURE"))
                .body("builds[0].history[0].role", is("county_clerk"))
                .body("builds[0].documents[0].kind", is("BOOK"))
                .body("builds[0].crew.creditScore", is(92))
                .body("builds[0].crew.reasons.code", contains("INSURANCE_LAPSED"))
                .body("builds[0].visits.items", hasSize(100))
                .body("builds[0].visits.items[0].onSite", is(true))
                .body("builds[0].visits.items[0].hazards.id", contains(HAZARD.toString()))
                .body("builds[0].visits.items[0].photos.url", contains("/api/v1/photos/" + PHOTO + "/content"))
                .body("builds[0].visits.next", is("/api/v1/permits/" + PERMIT + "/visits?limit=100&cursor=v-100"))
                .body("builds[0].hazards.items.id", hasItem(HAZARD.toString()))
                .body("builds[0].hazards.items.status", contains("OPEN", "CLOSED"))
                .body("builds[0].hazards.next", nullValue())
                .body("builds[0].rectificationNotices.items", hasSize(100))
                .body("builds[0].rectificationNotices.items.status", hasItem("CLOSED"))
                .body("builds[0].rectificationNotices.items[0].closedAt", is("2026-11-25T10:00:00+08:00"))
                .body("builds[0].rectificationNotices.next",
                        is("/api/v1/rectification-notices?permit=" + PERMIT + "&limit=100&cursor=n-100"))
                .body("builds[0].stopWorkNotices.items.kind", contains("STOP_WORK", "STOP_WORK"))
                .body("builds[0].stopWorkNotices.items.status", contains("IN_FORCE", "LIFTED"))
                .body("builds[0].stopWorkNotices.items[0].description", is("基槽持力层为回填土"))
                .body("builds[0].stopWorkNotices.items[1].liftedAt", is("2026-10-28T10:05:00+08:00"))
                .body("builds[0].stopWorkNotices.next", nullValue())
                .body("builds[1].permit.state", is("ARCHIVED"))
                .body("builds[1].crew", nullValue())
                .body("builds[1].visits.items", hasSize(1))
                .body("builds[1].rectificationNotices.items.status", contains("CLOSED"))
                .body("builds[1].stopWorkNotices.items", empty());

        JsonPath file = file(TOKEN);
        List<String> visits = new ArrayList<>(file.getList("builds[0].visits.items.id"));
        visits.addAll(following(file.getString("builds[0].visits.next"), TOKEN));
        assertEquals(102, new HashSet<>(visits).size(), "all 102 visits: 100 in the file, 2 a link away");
        List<String> notices = new ArrayList<>(file.getList("builds[0].rectificationNotices.items.id"));
        notices.addAll(following(file.getString("builds[0].rectificationNotices.next"), TOKEN));
        assertEquals(101, new HashSet<>(notices).size());
        assertEquals(LATE_NOTICE.toString(), notices.get(100), "the notice due 2027-01-03 is on the next page");

        // each part asked per build from inspections, with the caller's token, never a township page
        for (String list : List.of("hazards", "rectification-notices", "stop-work-notices")) {
            wm.verify(getRequestedFor(urlPathEqualTo("/inspections/api/v1/" + list))
                    .withQueryParam("permit", equalTo(PERMIT.toString()))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
            wm.verify(0, getRequestedFor(urlPathEqualTo("/inspections/api/v1/" + list))
                    .withQueryParam("township", com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
        }
        wm.verify(getRequestedFor(urlPathEqualTo("/registry/api/v1/crews/" + CREW + "/eligibility"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void anInspectorSeesTheNameAndRegistrationNumberOfACrewOfAnotherTownship() {
        JsonPath file = file(TOKEN);
        assertEquals("青石镇李建国施工队", file.getString("builds[0].crew.name"));
        assertEquals("369901-2026-0042", file.getString("builds[0].crew.registrationNumber"));
        assertEquals("QUALIFIED", file.getString("builds[0].crew.status"));
        assertEquals(false, file.getBoolean("partial"));
        wm.verify(getRequestedFor(urlPathEqualTo("/registry/api/v1/crews/" + CREW + "/summary"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/registry/api/v1/crews/" + CREW)));
    }

    @Test
    void inspectionsDownGivesTheRestMarkedPartial() {
        wm.stubFor(get(urlPathMatching("/inspections/.*")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("inspections"))
                .body("builds.permit.id", contains(PERMIT.toString(), EARLIER.toString()))
                .body("builds[0].crew.creditScore", is(92))
                .body("builds[0].visits.items", empty())
                .body("builds[0].visits.next", nullValue());
    }

    @Test
    void onePartThatCannotBeFetchedMakesTheFilePartialTheOthersStayWhole() {
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/hazards")).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("inspections"))
                .body("builds[0].hazards.items", empty())
                .body("builds[0].visits.items", hasSize(100))
                .body("builds[0].rectificationNotices.items", hasSize(100));
    }

    @Test
    void slowRegistryIsCutAtTheTimeout() {
        wm.stubFor(get(urlPathMatching("/registry/.*")).willReturn(json("{}").withFixedDelay(8_000)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("registry"))
                .body("builds[0].crew.creditScore", nullValue())
                .body("builds[0].visits.items", hasSize(100));
    }

    @Test
    void garbageFromInspectionsIsTreatedAsUnavailable() {
        wm.stubFor(get(urlPathMatching("/inspections/.*")).willReturn(json("<html>oops")));
        given().auth().oauth2(TOKEN).when().get("/api/v1/households/{id}/file", HOUSEHOLD)
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("inspections"))
                .body("builds[0].history", hasSize(1));
    }

    @Test
    void aBuildOfAnotherHouseholdIsNotShown() {
        UUID stranger = UUID.randomUUID();
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits")).withQueryParam("household", equalTo(HOUSEHOLD.toString()))
                .willReturn(json("""
                        {"items":[{"id":"%s","householdId":"%s"},{"id":"%s"}],"nextCursor":null}"""
                        .formatted(PERMIT, HOUSEHOLD, stranger))));
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/" + stranger)).willReturn(json("""
                {"id":"%s","householdId":"%s","townshipCode":"369901100000","state":"DRAFT"}"""
                .formatted(stranger, UUID.randomUUID()))));
        JsonPath file = file(TOKEN);
        assertEquals(List.of(PERMIT.toString()), file.getList("builds.permit.id"));
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
