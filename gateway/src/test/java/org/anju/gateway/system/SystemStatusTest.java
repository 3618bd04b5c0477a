package org.anju.gateway.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway asks the three services in parallel and still answers, marked partial, when one is down or slow. */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = true)
class SystemStatusTest {

    private static final String READY = "{\"status\":\"UP\",\"checks\":[]}";

    @BeforeEach
    void reset() {
        DownstreamStubs.server.resetAll();
    }

    @Test
    void allThreeUpIsNotPartial() {
        for (String service : new String[] { "registry", "permits", "inspections" }) {
            DownstreamStubs.server.stubFor(get(urlEqualTo("/" + service + "/q/health/ready"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(READY)));
        }
        given().when().get("/api/v1/system/status")
                .then().statusCode(200)
                .body("partial", equalTo(false))
                .body("services.find { it.service == 'permits' }.status", equalTo("UP"));
    }

    @Test
    void oneDownAndOneSlowStillAnswersMarkedPartial() {
        DownstreamStubs.server.stubFor(get(urlEqualTo("/registry/q/health/ready"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(READY)));
        DownstreamStubs.server.stubFor(get(urlEqualTo("/permits/q/health/ready"))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"DOWN\"}")));
        DownstreamStubs.server.stubFor(get(urlEqualTo("/inspections/q/health/ready"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6_000).withBody(READY)));

        given().when().get("/api/v1/system/status")
                .then().statusCode(200)
                .body("partial", equalTo(true))
                .body("services.find { it.service == 'registry' }.status", equalTo("UP"))
                .body("services.find { it.service == 'permits' }.status", equalTo("DOWN"))
                .body("services.find { it.service == 'permits' }.reason", containsString("503"))
                .body("services.find { it.service == 'inspections' }.status", equalTo("DOWN"))
                .body("services.find { it.service == 'inspections' }.reason", containsString("Timeout"));
    }
}
