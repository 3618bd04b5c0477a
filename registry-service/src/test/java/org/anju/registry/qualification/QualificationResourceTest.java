package org.anju.registry.qualification;

import static org.anju.registry.Fixtures.admin;
import static org.anju.registry.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QualificationResourceTest {

    @Inject
    EntityManager em;

    private static io.restassured.response.ValidatableResponse decide(String crewId, String action) {
        return admin().body(Map.of("action", action, "reason", "因为 " + action))
                .post("/api/v1/crews/" + crewId + "/qualification/decisions").then();
    }

    @Test
    void qualifySuspendLiftRevokeIsRecordedInTheHistory() {
        String crew = Fixtures.crew();
        decide(crew, "QUALIFY").statusCode(200).body("status", equalTo("QUALIFIED"))
                .body("qualifiedFrom", equalTo(Fixtures.today().toString()))
                .body("qualifiedUntil", equalTo(Fixtures.today().plusYears(2).minusDays(1).toString()))
                .body("allowedActions", contains("SUSPEND", "REVOKE", "RENEW"));
        decide(crew, "SUSPEND").statusCode(200).body("status", equalTo("SUSPENDED"));
        decide(crew, "LIFT").statusCode(200).body("status", equalTo("QUALIFIED"));
        decide(crew, "REVOKE").statusCode(200).body("status", equalTo("REVOKED")).body("allowedActions", empty());
        as("county_clerk").get("/api/v1/crews/" + crew + "/qualification").then().statusCode(200)
                .body("history", hasSize(4))
                .body("history.action", contains("QUALIFY", "SUSPEND", "LIFT", "REVOKE"))
                .body("history.fromState", contains("FILED", "QUALIFIED", "SUSPENDED", "QUALIFIED"))
                .body("history[0].decidedBy", equalTo("test-county_admin"))
                .body("history[0].decidedRole", equalTo("county_admin"))
                .body("history[1].reason", equalTo("因为 SUSPEND"));
    }

    @Test
    void crewWhoseLeaderIsNotTrainedIsNotQualifiedAndTheRefusalNamesTheLeaderAndHisHours() {
        String leader = Fixtures.craftsman();
        Fixtures.training(leader, 30, "OFFLINE", Fixtures.today().minusDays(10));
        String name = admin().get("/api/v1/craftsmen/" + leader).then().extract().path("name");
        String crew = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract().path("id");
        decide(crew, "QUALIFY").statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:leader-training-not-current"))
                .body("leaderId", equalTo(leader)).body("leaderName", equalTo(name))
                .body("hours", equalTo(30.0f)).body("offlineHours", equalTo(30.0f))
                .body("requiredHours", equalTo(40)).body("requiredOfflineHours", equalTo(24))
                .body("detail", containsString(name)).body("detail", containsString("30.0 training hours"))
                .body("errors[0].field", equalTo("trainingWaiverReason"))
                .body("errors[0].messageZh", containsString("队长 " + name))
                .body("errors[0].messageZh", containsString("要求不少于 40 学时"));
        admin().get("/api/v1/crews/" + crew + "/qualification").then().body("status", equalTo("FILED"))
                .body("history", empty());
        // a blank waiver is no waiver
        admin().body(Map.of("action", "QUALIFY", "reason", "材料齐全", "trainingWaiverReason", "  "))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(422);
    }

    @Test
    void anExplicitWaiverQualifiesAndIsKeptWithTheDecision() {
        String leader = Fixtures.craftsman();
        String crew = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract().path("id");
        admin().body(Map.of("action", "QUALIFY", "reason", "材料齐全", "trainingWaiverReason", "队长已报名本月线下培训"))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(200)
                .body("status", equalTo("QUALIFIED"))
                .body("history[0].trainingWaiverReason", equalTo("队长已报名本月线下培训"));
        as("county_clerk").get("/api/v1/crews/" + crew + "/qualification").then()
                .body("history[0].trainingWaiverReason", equalTo("队长已报名本月线下培训"));
        // other decisions need no waiver, and a decision that waived nothing shows none
        decide(crew, "SUSPEND").statusCode(200).body("history[1].trainingWaiverReason", nullValue());
    }

    @Test
    void renewalOfACrewWhoseLeaderTrainingLapsedIsRefusedToo() {
        String crew = Fixtures.crew();
        decide(crew, "QUALIFY").statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from training_record where craftsman_id = (select leader_id from crew where id = ?1)")
                .setParameter(1, UUID.fromString(crew)).executeUpdate());
        decide(crew, "RENEW").statusCode(422).body("type", equalTo("urn:anju:problem:leader-training-not-current"))
                .body("hours", equalTo(0.0f));
    }

    @Test
    void onlyTheCountyAdminDecides() {
        String crew = Fixtures.crew();
        as("county_clerk").body(Map.of("action", "QUALIFY", "reason", "x"))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(403)
                .body("allowedRoles", contains("county_admin"));
        admin().get("/api/v1/crews/" + crew).then().body("status", equalTo("FILED"));
    }

    @Test
    void transitionNotAllowedIs409WithTheAllowedOnes() {
        String crew = Fixtures.crew();
        decide(crew, "SUSPEND").statusCode(409)
                .body("type", equalTo("urn:anju:problem:transition-not-allowed"))
                .body("currentState", equalTo("FILED"))
                .body("allowedActions", contains("QUALIFY"))
                .body("errors[0].field", equalTo("action"));
        admin().get("/api/v1/crews/" + crew + "/qualification").then().body("history", empty());
    }

    @Test
    void revokedCrewAllowsNothingAndFreesItsMembers() {
        String leader = Fixtures.trainedCraftsman();
        String crew = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract().path("id");
        decide(crew, "QUALIFY").statusCode(200);
        decide(crew, "REVOKE").statusCode(200);
        decide(crew, "LIFT").statusCode(409).body("currentState", equalTo("REVOKED"))
                .body("allowedActions", empty());
        admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then().statusCode(201);
    }

    @Test
    void lapsedValidityReadsExpiredAndRenewalRequalifies() {
        String crew = Fixtures.crew();
        decide(crew, "QUALIFY").statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update crew set qualified_from = current_date - 800, qualified_until = current_date - 70 where id = ?1")
                .setParameter(1, UUID.fromString(crew)).executeUpdate());
        admin().get("/api/v1/crews/" + crew + "/qualification").then().body("status", equalTo("EXPIRED"))
                .body("allowedActions", contains("REVOKE", "RENEW"));
        decide(crew, "SUSPEND").statusCode(409).body("currentState", equalTo("EXPIRED"));
        decide(crew, "RENEW").statusCode(200).body("status", equalTo("QUALIFIED"))
                .body("qualifiedUntil", equalTo(Fixtures.today().plusYears(2).minusDays(1).toString()))
                .body("history[1].fromState", equalTo("EXPIRED"))
                .body("history[1].validUntil", equalTo(Fixtures.today().plusYears(2).minusDays(1).toString()));
    }

    @Test
    void staleIfMatchOnADecisionIs412() {
        String crew = Fixtures.crew();
        admin().header("If-Match", "\"7\"").body(Map.of("action", "QUALIFY", "reason", "x"))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(412);
        admin().header("If-Match", "\"0\"").body(Map.of("action", "QUALIFY", "reason", "x"))
                .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void decisionWithIdempotencyKeyIsAppliedOnce() {
        String crew = Fixtures.crew();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            admin().header("Idempotency-Key", key).body(Map.of("action", "QUALIFY", "reason", "once"))
                    .post("/api/v1/crews/" + crew + "/qualification/decisions").then().statusCode(200)
                    .body("status", equalTo("QUALIFIED"));
        }
        admin().get("/api/v1/crews/" + crew + "/qualification").then().body("history", hasSize(1));
    }

    @Test
    void historyCannotBeRewrittenEvenInTheDatabase() {
        String crew = Fixtures.qualifiedCrew();
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update qualification_decision set reason = 'rewritten' where crew_id = ?1")
                        .setParameter(1, UUID.fromString(crew)).executeUpdate()));
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from qualification_decision where crew_id = ?1")
                        .setParameter(1, UUID.fromString(crew)).executeUpdate()));
        admin().get("/api/v1/crews/" + crew + "/qualification").then().body("history", hasSize(1))
                .body("history[0].reason", equalTo("test QUALIFY"));
    }

    @Test
    void reasonIsRequired() {
        String crew = Fixtures.crew();
        admin().body(Map.of("action", "QUALIFY")).post("/api/v1/crews/" + crew + "/qualification/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }
}
