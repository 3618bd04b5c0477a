package org.anju.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The township worklist: a section per kind of work, each available or not on its own. */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class OfficerWorklistTest {

    static final String TOKEN = TestTokens.townshipOfficer(TestTokens.CHENGGUAN);
    WireMockServer wm;

    @BeforeEach
    void stub() {
        wm = ServiceStubs.server;
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/overdue")).willReturn(TodayWorklistTest.json(
                "{\"items\":[{\"permitId\":\"%s\",\"late\":[]}]}".formatted(UUID.randomUUID()))));
        for (String view : new String[] { "DUE_TODAY", "OVERDUE", "OFF_SITE" }) {
            wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits")).withQueryParam("view", equalTo(view))
                    .willReturn(TodayWorklistTest.json("{\"items\":[{\"id\":\"%s\",\"type\":\"SETTING_OUT\"}]}"
                            .formatted(UUID.randomUUID()))));
        }
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/rectification-notices"))
                .withQueryParam("overdue", equalTo("true"))
                .willReturn(TodayWorklistTest.json("{\"items\":[]}")));
        wm.stubFor(get(urlPathEqualTo("/inspections/api/v1/stop-work-notices"))
                .withQueryParam("township", equalTo(TestTokens.CHENGGUAN)).withQueryParam("state", equalTo("IN_FORCE"))
                .willReturn(TodayWorklistTest.json("{\"items\":[{\"id\":\"%s\",\"state\":\"IN_FORCE\"}]}"
                        .formatted(UUID.randomUUID()))));
        wm.stubFor(get(urlPathEqualTo("/registry/api/v1/crews"))
                .withQueryParam("townshipCode", equalTo(TestTokens.CHENGGUAN))
                .withQueryParam("qualificationExpiresBefore",
                        equalTo(TodayWorklistTest.TODAY.plusDays(OfficerWorklist.EXPIRY_WINDOW_DAYS).toString()))
                .willReturn(TodayWorklistTest.json("{\"items\":[{\"id\":\"%s\"},{\"id\":\"%s\"}]}"
                        .formatted(UUID.randomUUID(), UUID.randomUUID()))));
    }

    @Test
    void everySectionFromItsService() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist")
                .then().statusCode(200)
                .body("partial", is(false))
                .body("sections.applicationsOverdue.items", hasSize(1))
                .body("sections.visitsDueToday.items", hasSize(1))
                .body("sections.offSiteVisitsToReview.available", is(true))
                .body("sections.noticesPastDeadline.items", hasSize(0))
                .body("sections.stopWorksInForce.available", is(true))
                .body("sections.stopWorksInForce.items", hasSize(1))
                .body("sections.crewsQualificationExpiring.service", is("registry"))
                .body("sections.crewsQualificationExpiring.items", hasSize(2));
    }

    @Test
    void registryDownMarksOnlyTheCrewSection() {
        wm.stubFor(get(urlPathMatching("/registry/.*")).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist")
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("registry"))
                .body("sections.crewsQualificationExpiring.available", is(false))
                .body("sections.crewsQualificationExpiring.items", hasSize(0))
                .body("sections.stopWorksInForce.items", hasSize(1));
    }

    @Test
    void permitsDownMarksOnlyItsSection() {
        wm.stubFor(get(urlPathMatching("/permits/.*")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/worklist")
                .then().statusCode(200)
                .body("partial", is(true))
                .body("unavailable", contains("permits"))
                .body("sections.applicationsOverdue.available", is(false))
                .body("sections.visitsOverdue.available", is(true))
                .body("sections.visitsOverdue.items", hasSize(1));
    }

    @Test
    void inspectorIsRefused() {
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).when().get("/api/v1/worklist")
                .then().statusCode(403);
    }
}
