package org.anju.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.Role;
import org.anju.common.security.ServiceTokenConfig;
import org.anju.common.security.ServiceTokens;
import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The services as OAuth clients of the gateway: their client-credentials tokens carry group service and the county,
 * open the event receivers and eligibility, and nothing meant for people. Tests run with the development secret.
 */
@QuarkusTest
class ServiceClientTest {

    @TestHTTPResource("/api/v1/auth/token")
    URL tokenUrl;

    private static String tokenFor(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                .when().post("/api/v1/auth/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void aServiceGetsAServiceTokenWithTheCountyAndNoTownship() {
        String token = tokenFor("permits-service", ServiceTokens.DEV_SECRET);
        JsonPath claims = claims(token);
        assertEquals(List.of("service"), claims.getList("groups"));
        assertEquals("permits-service", claims.getString("upn"));
        assertEquals("permits-service", claims.getString("client_id"));
        assertEquals("369901", claims.getString("county"));
        assertEquals(List.of(), claims.getList("townships"));
        // the same form as the bureau systems use works too
        given().formParam("grant_type", "client_credentials").formParam("client_id", "inspections-service")
                .formParam("client_secret", ServiceTokens.DEV_SECRET)
                .when().post("/api/v1/auth/token").then().statusCode(200);
    }

    @Test
    void aWrongSecretIsInvalidClient() {
        given().auth().preemptive().basic("registry-service", "not-the-secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/api/v1/auth/token")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:invalid-client")).body("error", equalTo("invalid_client"));
    }

    @Test
    void theServiceTokenOpensTheEventReceiverButNothingMeantForPeople() {
        String token = tokenFor("inspections-service", ServiceTokens.DEV_SECRET);
        String event = "{\"id\":\"3f5d8a52-7a0c-4c61-9a3b-2a6f1d2e9b11\",\"type\":\"no.such.type\","
                + "\"occurredAt\":\"2026-11-28T10:00:00+08:00\",\"payload\":{}}";
        // past authentication and authorisation: the receiver itself refuses the unknown type
        given().auth().oauth2(token).contentType(ContentType.JSON).body(event).when().post("/api/v1/events")
                .then().statusCode(422).body("type", equalTo("urn:anju:problem:unknown-event-type"));
        given().auth().oauth2(token).when().get("/api/v1/accounts").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/v1/overview").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/v1/worklist/today").then().statusCode(403);
        // and a person may not deliver events
        given().auth().oauth2(TestTokens.as(Role.COUNTY_ADMIN)).contentType(ContentType.JSON).body(event)
                .when().post("/api/v1/events").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:forbidden"));
        given().contentType(ContentType.JSON).body(event).when().post("/api/v1/events").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void serviceTokensGetsItsTokenFromThisGatewayAndKeepsIt() throws Exception {
        ServiceTokens tokens = new ServiceTokens(config(tokenUrl.toURI()), new ObjectMapper(),
                "https://anju.local/gateway", List.of("anju"), List.of("369901"));
        String first = tokens.bearer();
        // each token the gateway signs has its own jti, so the same text means the token was kept, not fetched again
        assertSame(first, tokens.bearer());
        given().auth().oauth2(first).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo("permits-service")).body("roles", equalTo(List.of("service")))
                .body("county", equalTo("369901"));
    }

    static ServiceTokenConfig config(URI url) {
        return new ServiceTokenConfig() {
            @Override
            public Source source() {
                return Source.GATEWAY;
            }

            @Override
            public URI tokenUrl() {
                return url;
            }

            @Override
            public String clientId() {
                return "permits-service";
            }

            @Override
            public Optional<String> clientSecret() {
                return Optional.empty();
            }

            @Override
            public boolean devSecretAllowed() {
                return true;
            }

            @Override
            public Duration renewBefore() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(3);
            }
        };
    }
}
