package org.anju.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.anju.gateway.auth.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Every way a token can be unacceptable answers 401 problem+json with a Bearer challenge; a wrong role 403. */
@QuarkusTest
class TokenRejectionTest {

    private static final String ADMIN_ONLY = "/api/v1/accounts";

    @Inject
    SigningKeys keys;

    @Inject
    TestAccounts fixture;

    private String adminToken(Instant issuedAt, Instant expiresAt, PrivateKey key, String kid) {
        return Jwt.issuer("https://anju.local/gateway").audience("anju").subject("x").upn("admin.county")
                .groups(Set.of("county_admin")).claim("county", "369901").claim("townships", List.of())
                .issuedAt(issuedAt).expiresAt(expiresAt)
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(kid).sign(key);
    }

    @Test
    void aFreshTokenSignedWithOurKeyIsAccepted() {
        String token = adminToken(Instant.now(), Instant.now().plusSeconds(60), keys.privateKey(), keys.keyId());
        given().auth().oauth2(token).when().get(ADMIN_ONLY).then().statusCode(200);
    }

    @Test
    void noTokenIs401ProblemWithBearerChallenge() {
        given().when().get(ADMIN_ONLY)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:anju:problem:unauthorized"))
                .body("titleZh", equalTo("需要登录"));
    }

    @Test
    void expiredTokenIs401TokenExpired() {
        Instant past = Instant.now().minusSeconds(3600);
        String token = adminToken(past, past.plusSeconds(900), keys.privateKey(), keys.keyId());
        given().auth().oauth2(token).when().get(ADMIN_ONLY)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("urn:anju:problem:token-expired"));
    }

    @Test
    void tokenSignedByAnotherKeyIs401InvalidToken() {
        PrivateKey foreign = SigningKeyMaterial.generate().getPrivate();
        String token = adminToken(Instant.now(), Instant.now().plusSeconds(600), foreign, keys.keyId());
        given().auth().oauth2(token).when().get(ADMIN_ONLY)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:invalid-token"))
                .body("detail", containsString("not signed by this system"));
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64("{\"iss\":\"https://anju.local/gateway\",\"aud\":\"anju\",\"sub\":\"x\","
                + "\"upn\":\"admin.county\",\"groups\":[\"county_admin\"],\"county\":\"369901\",\"iat\":" + now
                + ",\"exp\":" + (now + 600) + "}");
        given().header("Authorization", "Bearer " + header + "." + payload + ".")
                .when().get(ADMIN_ONLY)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:invalid-token"));
    }

    @Test
    void garbageTokenIs401() {
        given().header("Authorization", "Bearer not-a-jwt").when().get(ADMIN_ONLY)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:invalid-token"));
    }

    @Test
    void inspectorCallingAnAdminEndpointIs403Problem() {
        String token = TestAccounts.accessToken(fixture.inspector().username());
        given().auth().oauth2(token).when().get(ADMIN_ONLY)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:forbidden"))
                .body("titleZh", equalTo("无权执行此操作"));
    }

    @Test
    void publicEndpointsNeedNoToken() {
        given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kid", equalTo(keys.keyId())).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].d", equalTo(null));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-jwt").when().get("/api/v1/divisions/369901100000")
                .then().statusCode(200);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
