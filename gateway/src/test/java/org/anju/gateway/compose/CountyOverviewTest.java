package org.anju.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** County overview from permits' counts; partial when permits is down; county roles only. */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class CountyOverviewTest {

    @Test
    void countsByStatePerTownship() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/counts")).willReturn(TodayWorklistTest.json(
                "[{\"townshipCode\":\"369901100000\",\"state\":\"SUBMITTED\",\"count\":4}]")));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview?from=2026-11-01&to=2026-11-30")
                .then().statusCode(200)
                .body("partial", is(false))
                .body("townships.'369901100000'.applicationsByState.SUBMITTED", is(4))
                .body("notAvailable.rectificationCloseOutRate", notNullValue());
    }

    @Test
    void permitsDownIsPartial() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/counts"))
                .willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/overview")
                .then().statusCode(200).body("unavailable", contains("permits"));
    }

    @Test
    void inspectorIsRefused() {
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).when().get("/api/v1/overview")
                .then().statusCode(403);
    }
}
