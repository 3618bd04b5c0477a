package org.anju.registry.eligibility;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.registry.Fixtures;
import org.anju.registry.event.Events;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EligibilityResourceTest {

    @Inject
    EntityManager em;

    private static io.restassured.response.ValidatableResponse eligibility(String crewId, String on) {
        return given().auth().oauth2(TestTokens.service("permits-service")).queryParam("on", on)
                .get("/api/v1/crews/" + crewId + "/eligibility").then().statusCode(200);
    }

    @Test
    void qualifiedCrewWithTrainedLeaderIsEligible() {
        String crew = Fixtures.qualifiedCrew();
        String on = Fixtures.today().plusDays(3).toString();
        eligibility(crew, on).body("crewId", equalTo(crew)).body("on", equalTo(on)).body("eligible", equalTo(true))
                .body("reasons", empty()).body("activeJobs", equalTo(0)).body("maxConcurrentJobs", equalTo(3))
                .body("creditScore", equalTo(100));
    }

    @Test
    void filedCrewIsNotQualified() {
        eligibility(Fixtures.crew(), Fixtures.today().toString()).body("eligible", equalTo(false))
                .body("reasons.code", contains("NOT_QUALIFIED"));
    }

    @Test
    void suspendedAndRevokedCrewsAreRefused() {
        String crew = Fixtures.qualifiedCrew();
        Fixtures.decide(crew, "SUSPEND");
        eligibility(crew, Fixtures.today().toString()).body("reasons.code", contains("SUSPENDED"));
        Fixtures.decide(crew, "REVOKE");
        eligibility(crew, Fixtures.today().toString()).body("reasons.code", contains("REVOKED"));
    }

    @Test
    void startAfterTheValidityIsExpired() {
        String crew = Fixtures.qualifiedCrew();
        admin().body(Map.of()).get("/api/v1/crews/" + crew);
        var until = Fixtures.today().plusYears(2).minusDays(1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update crew set insurance_expires_on = ?2 where id = ?1").setParameter(1, UUID.fromString(crew))
                .setParameter(2, until.plusYears(1)).executeUpdate());
        // two years on, the leader's training of this year has lapsed too
        eligibility(crew, until.plusDays(1).toString())
                .body("reasons.code", contains("QUALIFICATION_EXPIRED", "LEADER_TRAINING_NOT_CURRENT"));
    }

    @Test
    void untrainedLeaderIsRefused() {
        String leader = Fixtures.craftsman();
        Fixtures.training(leader, 40, "ONLINE", Fixtures.today().minusDays(5));
        String crew = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract().path("id");
        admin().body(Map.of("action", "QUALIFY", "reason", "test", "trainingWaiverReason", "test of eligibility"))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(200);
        eligibility(crew, Fixtures.today().toString()).body("reasons.code", contains("LEADER_TRAINING_NOT_CURRENT"))
                .body("reasons[0].messageZh", org.hamcrest.Matchers.containsString("线下 0"));
    }

    @Test
    void startAfterTheInsuranceEndsIsLapsed() {
        String crew = Fixtures.qualifiedCrew();
        eligibility(crew, Fixtures.today().plusMonths(6).plusDays(1).toString())
                .body("reasons.code", contains("INSURANCE_LAPSED"));
    }

    @Test
    void crewAtItsJobLimitIsRefusedUntilReleased() {
        String crew = Fixtures.qualifiedCrew();
        Events.assign(crew);
        Events.assign(crew);
        String third = Events.assign(crew);
        eligibility(crew, Fixtures.today().toString()).body("eligible", equalTo(false)).body("activeJobs", equalTo(3))
                .body("reasons.code", contains("AT_CONCURRENT_JOB_LIMIT"));
        Events.send(UUID.randomUUID(), "crew.released", Map.of("crewId", crew, "permitId", third)).statusCode(200);
        eligibility(crew, Fixtures.today().toString()).body("eligible", equalTo(true)).body("activeJobs", equalTo(2));
    }

    @Test
    void expiredAndUninsuredCrewIsRefusedForBothReasons() {
        String crew = Fixtures.qualifiedCrew();
        Events.assign(crew);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update crew set qualified_from = "
                + "current_date - 760, qualified_until = current_date - 30, insurance_expires_on = current_date - 3 "
                + "where id = ?1").setParameter(1, UUID.fromString(crew)).executeUpdate());
        String on = Fixtures.today().plusDays(3).toString();
        String json = eligibility(crew, on).body("eligible", equalTo(false))
                .body("reasons.code", contains("QUALIFICATION_EXPIRED", "INSURANCE_LAPSED"))
                .extract().asString();
        Log.infof("Eligibility answer of a crew refused for two reasons: %s", json);
    }

    @Test
    void unknownCrewIs404Problem() {
        given().auth().oauth2(TestTokens.service()).get("/api/v1/crews/" + UUID.randomUUID() + "/eligibility").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void malformedDateIs400NamingOn() {
        given().auth().oauth2(TestTokens.service()).queryParam("on", "2026-13-01").get("/api/v1/crews/" + UUID.randomUUID() + "/eligibility").then()
                .statusCode(400).body("errors[0].field", equalTo("on")).body("errors[0].rule", equalTo("date-format"));
    }

    @Test
    void servicesAndPeopleMayAskButNotAnonymously() {
        String crew = Fixtures.qualifiedCrew();
        given().get("/api/v1/crews/" + crew + "/eligibility").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.as(Role.TOWNSHIP_OFFICER, TestTokens.CHENGGUAN))
                .get("/api/v1/crews/" + crew + "/eligibility").then().statusCode(200).body("eligible", equalTo(true));
    }
}
