package org.anju.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.anju.common.security.Role;
import org.anju.gateway.account.UserAccount;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Login, refresh, logout and the client-credentials grant, and the tokens they hand out, as a client sees them. */
@QuarkusTest
class AuthTest {

    @Inject
    TestAccounts fixture;

    @Inject
    RefreshTokenPurge purge;

    @TestHTTPResource("/.well-known/jwks.json")
    java.net.URL jwksUrl;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void loginTokenVerifiesAgainstTheJwksAndCarriesRolesCountyAndTownships() throws Exception {
        UserAccount inspector = fixture.inspector();
        var answer = given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + inspector.username() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .body("refresh_token", notNullValue()).extract().response();

        String jwks = given().when().get("/.well-known/jwks.json")
                .then().statusCode(200).contentType("application/jwk-set+json").extract().asString();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(answer.path("access_token"));
        var key = new VerificationJwkSelector().select(jws, new JsonWebKeySet(jwks).getJsonWebKeys());
        JwtConsumer consumer = new JwtConsumerBuilder().setVerificationKey(key.getKey())
                .setExpectedIssuer("https://anju.local/gateway").setExpectedAudience("anju").setRequireExpirationTime()
                .setRequireJwtId().build();
        JwtClaims claims = consumer.processToClaims(answer.path("access_token"));

        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals(inspector.id().toString(), claims.getSubject());
        assertEquals(inspector.username(), claims.getStringClaimValue("upn"));
        assertEquals(List.of("inspector"), claims.getStringListClaimValue("groups"));
        assertEquals("369901", claims.getStringClaimValue("county"));
        assertEquals(List.of("369901100000"), claims.getStringListClaimValue("townships"));
        assertEquals(900, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void wrongPasswordIs401ProblemAndUnknownUserLooksTheSame() {
        UserAccount inspector = fixture.inspector();
        for (String username : List.of(inspector.username(), "nobody." + inspector.username())) {
            given().contentType(ContentType.JSON)
                    .body("{\"username\":\"" + username + "\",\"password\":\"wrong-password-1\"}")
                    .when().post("/api/v1/auth/login")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("urn:anju:problem:invalid-credentials"))
                    .body("titleZh", equalTo("用户名或密码错误"))
                    .body("access_token", nullValue());
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        UserAccount inspector = fixture.inspector();
        String wrong = "{\"username\":\"" + inspector.username() + "\",\"password\":\"wrong-password-1\"}";
        for (int attempt = 1; attempt <= 4; attempt++) {
            given().contentType(ContentType.JSON).body(wrong).when().post("/api/v1/auth/login")
                    .then().statusCode(401).body("type", equalTo("urn:anju:problem:invalid-credentials"));
        }
        given().contentType(ContentType.JSON).body(wrong).when().post("/api/v1/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:account-locked"))
                .body("lockedUntil", notNullValue());
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + inspector.username() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(401).body("type", equalTo("urn:anju:problem:account-locked"));
    }

    @Test
    void refreshRotatesTheTokenAndAReusedOneRevokesTheLogin() {
        String first = TestAccounts.login(fixture.inspector().username()).path("refresh_token");
        String second = given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + first + "\"}")
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(200).body("access_token", notNullValue()).extract().path("refresh_token");
        assertTrue(!second.equals(first));

        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + first + "\"}")
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:invalid-refresh-token"));
        // the old token came back, so it was copied: the whole login is revoked, the newer token too
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + second + "\"}")
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(401).body("type", equalTo("urn:anju:problem:invalid-refresh-token"));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String refresh = TestAccounts.login(fixture.inspector().username()).path("refresh_token");
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refresh + "\"}")
                .when().post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refresh + "\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void clientCredentialsGrantGivesAnAccessTokenWithTheClientsRole() {
        String clientId = fixture.client(Role.COUNTY_CLERK, "client-secret-123456");
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", "client-secret-123456")
                .when().post("/api/v1/auth/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer"))
                .body("refresh_token", nullValue()).extract().path("access_token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"groups\":[\"county_clerk\"]"), payload);
        assertTrue(payload.contains("\"client_id\":\"" + clientId + "\""), payload);

        String basic = Base64.getEncoder().encodeToString((clientId + ":client-secret-123456").getBytes());
        given().header("Authorization", "Basic " + basic).formParam("grant_type", "client_credentials")
                .when().post("/api/v1/auth/token").then().statusCode(200);
    }

    @Test
    void clientWithWrongSecretIs401AndUnknownGrantIs400() {
        String clientId = fixture.client(Role.BUREAU_READER, "client-secret-123456");
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", "not-the-secret")
                .when().post("/api/v1/auth/token")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:invalid-client")).body("error", equalTo("invalid_client"));
        given().formParam("grant_type", "password").formParam("client_id", clientId)
                .when().post("/api/v1/auth/token")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("grant_type"))
                .body("error", equalTo("unsupported_grant_type"))
                .body("detail", containsString("client_credentials"));
    }

    @Test
    void refreshTokensExpiredForADayArePurged() {
        UserAccount inspector = fixture.inspector();
        String refresh = TestAccounts.login(inspector.username()).path("refresh_token");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update refresh_token set "
                + "issued_at = now() - interval '9 days', expires_at = now() - interval '2 days' where user_id = ?1")
                .setParameter(1, inspector.id()).executeUpdate());
        purge.purge();
        long left = ((Number) em.createNativeQuery("select count(*) from refresh_token where user_id = ?1")
                .setParameter(1, inspector.id()).getSingleResult()).longValue();
        assertEquals(0, left);
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refresh + "\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void anotherServiceVerifiesTheTokenWithSmallRyeJwtPointedAtTheJwksUrl() throws Exception {
        UserAccount inspector = fixture.inspector();
        String token = TestAccounts.accessToken(inspector.username());
        // exactly what registry, permits and inspections will configure: mp.jwt.verify.publickey.location + issuer
        JWTAuthContextInfo context = new JWTAuthContextInfo(jwksUrl.toString(), "https://anju.local/gateway");
        context.setExpectedAudience(java.util.Set.of("anju"));
        JsonWebToken verified = new DefaultJWTParser(context).parse(token);
        assertEquals(inspector.username(), verified.getName());
        assertEquals(java.util.Set.of("inspector"), verified.getGroups());
        Object county = verified.getClaim("county");
        assertEquals("369901", county instanceof jakarta.json.JsonString s ? s.getString() : county);
    }
}
