package org.anju.gateway.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** The shared token check: only a valid token signed by the trusted key gets in, and roles and townships hold. */
@QuarkusTest
class CallerTokenTest {

    @Test
    void noTokenIs401Problem() {
        given().when().get("/test/caller/admin-only")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:unauthorized"));
    }

    @Test
    void countyAdminGetsInWithClaimsRead() {
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/test/caller/admin-only")
                .then().statusCode(200)
                .body("user", equalTo("test-county_admin"))
                .body("county", equalTo("369901"));
    }

    @Test
    void anotherRoleIs403Problem() {
        given().auth().oauth2(TestTokens.inspector(TestTokens.CHENGGUAN)).when().get("/test/caller/admin-only")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:forbidden"));
    }

    @Test
    void expiredTokenIs401Problem() {
        given().auth().oauth2(TestTokens.expired(Role.COUNTY_ADMIN)).when().get("/test/caller/admin-only")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:token-expired"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    @Test
    void tokenSignedByAnotherKeyIs401Problem() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("https://anju.local/gateway").audience("anju").upn("mallory")
                .groups(java.util.Set.of("county_admin")).claim("county", "369901")
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).when().get("/test/caller/admin-only")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherAudienceIs401Problem() {
        String other = Jwt.issuer("https://anju.local/gateway").audience("another-system").upn("clerk")
                .groups(java.util.Set.of("county_admin")).claim("county", "369901").sign();
        given().auth().oauth2(other).when().get("/test/caller/admin-only")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unsignedAlgNoneTokenIs401Problem() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"https://anju.local/gateway\",\"aud\":\"anju\",\"upn\":\"mallory\","
                + "\"groups\":[\"county_admin\"],\"iat\":" + now + ",\"exp\":" + (now + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(header + "." + payload + ".").when().get("/test/caller/admin-only")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void townshipUserSeesOwnTownshipAndNotAnothersWhichIs404() {
        String officer = TestTokens.townshipOfficer(TestTokens.CHENGGUAN);
        given().auth().oauth2(officer).when().get("/test/caller/township/" + TestTokens.CHENGGUAN)
                .then().statusCode(200);
        given().auth().oauth2(officer).when().get("/test/caller/township/" + TestTokens.QINGSHI)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void countyWideRoleSeesEveryTownshipOfItsCounty() {
        given().auth().oauth2(TestTokens.token("clerk", List.of(Role.COUNTY_CLERK), List.of(), 300))
                .when().get("/test/caller/township/" + TestTokens.QINGSHI)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.token("clerk", List.of(Role.COUNTY_CLERK), List.of(), 300))
                .when().get("/test/caller/township/361122100000")
                .then().statusCode(404);
    }
}
