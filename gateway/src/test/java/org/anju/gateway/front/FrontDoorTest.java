package org.anju.gateway.front;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.UUID;

import org.anju.common.testing.TestTokens;
import org.anju.gateway.compose.ServiceStubsAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The front door forwards to the owning service: bodies and headers pass unchanged, a dead service is a 503. */
@QuarkusTest
@QuarkusTestResource(value = org.anju.gateway.compose.ServiceStubs.class, restrictToAnnotatedClass = true)
class FrontDoorTest {

    static final String TOKEN = TestTokens.inspector(TestTokens.CHENGGUAN);
    WireMockServer wm;

    @BeforeEach
    void reset() {
        wm = ServiceStubsAccess.server();
        wm.resetAll();
    }

    @Test
    void photoBodyAndIdempotencyKeyReachInspectionsAndLocationIsTheGatewayPath() {
        byte[] photo = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(photo);
        UUID upload = UUID.randomUUID();
        wm.stubFor(post(urlPathEqualTo("/inspections/api/v1/photo-uploads/" + upload)).willReturn(aResponse()
                .withStatus(201).withHeader("Location", wm.baseUrl() + "/inspections/api/v1/photos/" + upload)
                .withHeader("ETag", "\"3\"").withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).header("Idempotency-Key", key).contentType("image/jpeg").body(photo)
                .when().post("/api/v1/photo-uploads/{id}", upload)
                .then().statusCode(201)
                .header("Location", "/api/v1/photos/" + upload)
                .header("ETag", "\"3\"");
        var requests = wm.findAll(postRequestedFor(urlPathEqualTo("/inspections/api/v1/photo-uploads/" + upload))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("image/jpeg")));
        assertEquals(1, requests.size());
        assertArrayEquals(photo, requests.get(0).getBody());
    }

    @Test
    void downstreamProblemPassesUnchanged() {
        String problem = "{\"type\":\"urn:anju:problem:presence-not-proven\",\"title\":\"未到场\",\"status\":422}";
        wm.stubFor(post(urlPathEqualTo("/permits/api/v1/permits")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody(problem)));
        String body = given().auth().oauth2(TOKEN).contentType("application/json").body("{}")
                .when().post("/api/v1/permits")
                .then().statusCode(422).contentType("application/problem+json").extract().asString();
        assertEquals(problem, body);
    }

    @Test
    void eachResourceGoesToItsOwner() {
        wm.stubFor(get(urlPathMatching(".*")).willReturn(aResponse().withStatus(200).withBody("x")));
        given().when().get("/api/v1/public/crews?townshipCode=369901100000").then().statusCode(200);
        given().auth().oauth2(TOKEN).when().get("/api/v1/permits/{id}/visits", UUID.randomUUID()).then().statusCode(200);
        given().auth().oauth2(TOKEN).when().get("/api/v1/holidays").then().statusCode(200);
        wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/registry/api/v1/public/crews")).withQueryParam("townshipCode", equalTo("369901100000")));
        wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathMatching("/inspections/api/v1/permits/.*/visits")));
        wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/permits/api/v1/holidays")));
    }

    @Test
    void serviceThatIsDownIs503NamingIt() {
        wm.stubFor(any(urlPathMatching("/registry/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().auth().oauth2(TOKEN).when().get("/api/v1/crews")
                .then().statusCode(503).contentType("application/problem+json")
                .body("service", org.hamcrest.Matchers.equalTo("registry"));
    }

    @Test
    void eventsAreNotForwarded() {
        given().contentType("application/json").body("{}").when().post("/api/v1/events/x")
                .then().statusCode(org.hamcrest.Matchers.not(200));
        wm.verify(0, postRequestedFor(urlPathMatching(".*/events.*")));
    }
}
