package org.anju.registry.rules;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.anju.registry.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.anju.common.testing.TestTokens;
import org.anju.registry.Fixtures;
import org.anju.registry.event.Events;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The register's county rules: the minimum credit score, kept in registry's database and changed by the admin. */
@QuarkusTest
class RegistryRulesTest {

    private static String etag() {
        return admin().get("/api/v1/registry-rules").then().statusCode(200).extract().header("ETag");
    }

    private static void setMinimum(int minimum) {
        admin().header("If-Match", etag()).body(Map.of("minimumCreditScore", minimum)).put("/api/v1/registry-rules")
                .then().statusCode(200).body("minimumCreditScore", equalTo(minimum));
    }

    private static io.restassured.response.ValidatableResponse eligibility(String crew) {
        return given().auth().oauth2(TestTokens.service("permits-service"))
                .get("/api/v1/crews/" + crew + "/eligibility").then().statusCode(200);
    }

    @Test
    void everyPersonReadsTheRulesWithTheirVersion() {
        as("inspector", Fixtures.TOWNSHIP).get("/api/v1/registry-rules").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).body("countyCode", equalTo("369901"))
                .body("minimumCreditScore", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/registry-rules").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void onlyTheCountyAdminChangesTheRulesAndOnlyWithTheCurrentVersion() {
        int before = admin().get("/api/v1/registry-rules").then().extract().path("minimumCreditScore");
        as("county_clerk").header("If-Match", etag()).body(Map.of("minimumCreditScore", 70))
                .put("/api/v1/registry-rules").then().statusCode(403).contentType("application/problem+json")
                .body("allowedRoles", contains("county_admin"));
        admin().body(Map.of("minimumCreditScore", 70)).put("/api/v1/registry-rules").then().statusCode(428)
                .body("type", equalTo("urn:anju:problem:precondition-required"));
        admin().header("If-Match", "\"99999\"").body(Map.of("minimumCreditScore", 70)).put("/api/v1/registry-rules")
                .then().statusCode(412).body("type", equalTo("urn:anju:problem:stale-version"));
        admin().header("If-Match", etag()).body(Map.of("minimumCreditScore", 101)).put("/api/v1/registry-rules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("minimumCreditScore"));
        admin().get("/api/v1/registry-rules").then().body("minimumCreditScore", equalTo(before));
        String tag = etag();
        try {
            admin().header("If-Match", tag).body(Map.of("minimumCreditScore", 70)).put("/api/v1/registry-rules")
                    .then().statusCode(200).body("minimumCreditScore", equalTo(70))
                    .body("updatedBy", equalTo("test-county_admin"))
                    .header("ETag", org.hamcrest.Matchers.not(equalTo(tag)));
        } finally {
            setMinimum(before);
        }
    }

    @Test
    void crewBelowTheMinimumCreditIsNotEligibleUntilTheCountyLowersIt() {
        String crew = Fixtures.qualifiedCrew();
        for (int i = 0; i < 5; i++) {
            Events.send(UUID.randomUUID(), "hazard.confirmed", Map.of("hazardId", UUID.randomUUID().toString(),
                    "permitId", UUID.randomUUID().toString(), "crewId", crew, "grade", "CRITICAL")).statusCode(200);
        }
        int before = admin().get("/api/v1/registry-rules").then().extract().path("minimumCreditScore");
        try {
            setMinimum(60);
            eligibility(crew).body("eligible", equalTo(false)).body("creditScore", equalTo(50))
                    .body("minimumCreditScore", equalTo(60)).body("reasons.code", contains("CREDIT_BELOW_MINIMUM"))
                    .body("reasons[0].message", containsString("50"))
                    .body("reasons[0].messageZh", containsString("低于本县最低要求 60 分"));
            // a certificate cannot reserve a slot of the crew either
            given().auth().oauth2(TestTokens.service("permits-service")).contentType(ContentType.JSON)
                    .body(Map.of("startsOn", Fixtures.today().plusDays(10).toString()))
                    .put("/api/v1/crews/" + crew + "/reservations/" + UUID.randomUUID()).then().statusCode(422)
                    .body("reasons.code", contains("CREDIT_BELOW_MINIMUM"));
            setMinimum(50);
            eligibility(crew).body("eligible", equalTo(true)).body("reasons", empty())
                    .body("minimumCreditScore", equalTo(50));
        } finally {
            setMinimum(before);
        }
    }
}
