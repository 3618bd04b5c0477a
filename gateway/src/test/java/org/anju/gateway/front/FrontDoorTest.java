package org.anju.gateway.front;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.anju.common.testing.TestTokens;
import org.anju.gateway.system.DownstreamStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The front door streams each request to the owning service with its headers, and says so when one is down. */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = true)
class FrontDoorTest {

    @BeforeEach
    void reset() {
        DownstreamStubs.server.resetAll();
    }

    @Test
    void aLargeChunkedAnswerArrivesWhole() {
        String big = "{\"items\":[" + "{\"id\":\"x\"},".repeat(20_000) + "{\"id\":\"last\"}]}";
        DownstreamStubs.server.stubFor(get(urlPathEqualTo("/permits/api/v1/permits"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withChunkedDribbleDelay(5, 50).withBody(big)));
        String body = given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/permits?limit=100")
                .then().statusCode(200).extract().asString();
        assertEquals(big, body);
    }

    @Test
    void aWriteCarriesTokenIdempotencyKeyAndIfMatchAndTheProblemComesBackUnchanged() {
        String problem = "{\"type\":\"urn:anju:problem:rules-violated\",\"status\":422}";
        DownstreamStubs.server.stubFor(post(urlEqualTo("/registry/api/v1/crews"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody(problem)));
        String token = TestTokens.countyAdmin();
        given().auth().oauth2(token).header("Idempotency-Key", "k-1").header("If-Match", "\"3\"")
                .contentType("application/json").body("{\"name\":\"青石施工队\"}")
                .when().post("/api/v1/crews")
                .then().statusCode(422).contentType("application/problem+json").body(equalTo(problem));
        DownstreamStubs.server.verify(postRequestedFor(urlEqualTo("/registry/api/v1/crews"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("k-1"))
                .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"3\""))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"name\":\"青石施工队\"}")));
    }

    @Test
    void aServiceThatDoesNotAnswerGives503Problem() {
        DownstreamStubs.server.stubFor(get(urlPathEqualTo("/inspections/api/v1/visits"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/visits?township=369901100000")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:service-unavailable"))
                .body("service", equalTo("inspections"));
    }

    @Test
    void aPermitsVisitTimelineComesFromInspections() {
        DownstreamStubs.server.stubFor(get(urlPathEqualTo("/inspections/api/v1/permits/p-1/visits"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[]}")));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/permits/p-1/visits")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anyoneMayVerifyACertificateAndOpenTheVerificationPage() {
        DownstreamStubs.server.stubFor(get(urlPathEqualTo("/permits/api/v1/documents/certificate/369901-2026-000042"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"VALID\",\"number\":\"369901-2026-000042\"}")));
        given().when().get("/api/v1/documents/certificate/369901-2026-000042").then().statusCode(200)
                .body("status", equalTo("VALID"));
        DownstreamStubs.server.verify(getRequestedFor(urlPathEqualTo(
                "/permits/api/v1/documents/certificate/369901-2026-000042")).withoutHeader("Authorization"));

        given().when().get("/verify/certificate/369901-2026-000042").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html"))
                .body(org.hamcrest.Matchers.containsString("一书一证真伪查询"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/documents/"));
    }

    @Test
    void theGatewaysOwnResourcesAreNotForwarded() {
        given().when().get("/api/v1/divisions/369901100000").then().statusCode(200).body("name", equalTo("城关镇"));
    }

    @Test
    void aCreatedAnswerAndAPageLinkNameTheGatewaysPublicAddressNotTheService() {
        DownstreamStubs.server.stubFor(post(urlEqualTo("/registry/api/v1/crews"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "http://localhost:8083/api/v1/crews/c-1").withBody("{\"id\":\"c-1\"}")));
        given().auth().oauth2(TestTokens.countyAdmin()).contentType("application/json").body("{}")
                .when().post("/api/v1/crews")
                .then().statusCode(201).header("Location", equalTo("https://anju.example.gov.cn/api/v1/crews/c-1"));
        DownstreamStubs.server.stubFor(get(urlPathEqualTo("/permits/api/v1/permits/blds"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
                        .withHeader("Link", "</api/v1/permits/blds?cursor=n2>; rel=\"next\"").withBody("PermitNum\n")));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/permits/blds")
                .then().statusCode(200)
                .header("Link", equalTo("<https://anju.example.gov.cn/api/v1/permits/blds?cursor=n2>; rel=\"next\""));
    }
}
