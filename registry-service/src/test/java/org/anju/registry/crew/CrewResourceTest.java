package org.anju.registry.crew;

import static org.anju.registry.Fixtures.admin;
import static org.anju.registry.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CrewResourceTest {

    private static int sequence(String registrationNumber) {
        return Integer.parseInt(registrationNumber.substring(registrationNumber.lastIndexOf('-') + 1));
    }

    private static String fileOk(java.util.Map<String, Object> body) {
        return admin().body(body).post("/api/v1/crews").then().statusCode(201).extract().path("registrationNumber");
    }

    @Test
    void filingAssignsConsecutiveRegistrationNumbersAndStartsFiled() {
        String leader = Fixtures.trainedCraftsman();
        var body = Fixtures.crewBody(leader, List.of(leader, Fixtures.craftsman()));
        var response = admin().body(body).post("/api/v1/crews").then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/crews/[0-9a-f-]{36}$"))
                .body("registrationNumber", matchesPattern("^369901-" + Fixtures.today().getYear() + "-\\d{4}$"))
                .body("status", equalTo("FILED"))
                .body("maxConcurrentJobs", equalTo(3))
                .body("members", hasSize(2))
                .body("members[0].craftsmanId", equalTo(leader))
                .body("members[0].leader", equalTo(true))
                .body("members[0].trades", org.hamcrest.Matchers.containsInAnyOrder("MASON", "REBAR"))
                .body("members[1].leader", equalTo(false))
                .body("creditScore", equalTo(100))
                .extract();
        String leader2 = Fixtures.craftsman();
        String second = fileOk(Fixtures.crewBody(leader2, List.of(leader2)));
        assertEquals(sequence(response.path("registrationNumber")) + 1, sequence(second));
    }

    @Test
    void contactPhoneIsMaskedForTheClerk() {
        String leader = Fixtures.craftsman();
        String id = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract().path("id");
        as("county_clerk").get("/api/v1/crews/" + id).then().statusCode(200)
                .body("contactPhone", equalTo("139****5678"));
        admin().get("/api/v1/crews/" + id).then().body("contactPhone", equalTo("13912345678"));
    }

    @Test
    void companyWithoutCreditCodeIsRefused() {
        String leader = Fixtures.craftsman();
        var body = Fixtures.crewBody(leader, List.of(leader));
        body.put("kind", "COMPANY");
        admin().body(body).post("/api/v1/crews").then().statusCode(422)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].rule", equalTo("credit-code-required"));
        body.put("creditCode", "91350100M000100Y44");
        admin().body(body).post("/api/v1/crews").then().statusCode(400)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].rule", equalTo("CreditCode"));
        body.put("creditCode", Fixtures.creditCode().toLowerCase());
        admin().body(body).post("/api/v1/crews").then().statusCode(201)
                .body("creditCode", equalTo(((String) body.get("creditCode")).toUpperCase()));
    }

    @Test
    void leaderMustBeAMember() {
        String leader = Fixtures.craftsman();
        admin().body(Fixtures.crewBody(leader, List.of(Fixtures.craftsman()))).post("/api/v1/crews")
                .then().statusCode(422).body("errors[0].field", equalTo("leaderId"))
                .body("errors[0].rule", equalTo("leader-not-member"));
    }

    @Test
    void craftsmanInAnotherCrewIsRefusedAndNothingIsWritten() {
        String shared = Fixtures.craftsman();
        String first = fileOk(Fixtures.crewBody(shared, List.of(shared)));
        String leader = Fixtures.craftsman();
        admin().body(Fixtures.crewBody(leader, List.of(leader, shared))).post("/api/v1/crews")
                .then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:craftsman-in-another-crew"))
                .body("errors[0].field", equalTo("memberIds[1]"))
                .body("errors[0].messageZh", matchesPattern(".*已是队伍 " + first + " 的成员"));
        // the refused filing took no number and no membership: the leader is free and numbers stay gap-free
        String next = fileOk(Fixtures.crewBody(leader, List.of(leader)));
        assertEquals(sequence(first) + 1, sequence(next));
    }

    @Test
    void insuranceExpiredOnFilingIsRefused() {
        String leader = Fixtures.craftsman();
        var body = Fixtures.crewBody(leader, List.of(leader));
        body.put("insuranceExpiresOn", Fixtures.today().minusDays(1).toString());
        admin().body(body).post("/api/v1/crews").then().statusCode(422)
                .body("errors[0].field", equalTo("insuranceExpiresOn"))
                .body("errors[0].rule", equalTo("insurance-expired"));
    }

    @Test
    void unknownMemberIsRefused() {
        String leader = Fixtures.craftsman();
        admin().body(Fixtures.crewBody(leader, List.of(leader, UUID.randomUUID().toString())))
                .post("/api/v1/crews").then().statusCode(422).body("errors[0].rule", equalTo("unknown-craftsman"));
    }

    @Test
    void unknownTownshipIsRefused() {
        String leader = Fixtures.craftsman();
        var body = Fixtures.crewBody(leader, List.of(leader));
        body.put("townshipCode", "369901100201");
        admin().body(body).post("/api/v1/crews").then().statusCode(422)
                .body("errors[0].field", equalTo("townshipCode")).body("errors[0].rule", equalTo("unknown-township"));
    }

    @Test
    void sameIdempotencyKeyReplaysTheFiling() {
        String leader = Fixtures.craftsman();
        var body = Fixtures.crewBody(leader, List.of(leader));
        String key = UUID.randomUUID().toString();
        String first = admin().header("Idempotency-Key", key).body(body).post("/api/v1/crews").then().statusCode(201)
                .extract().path("registrationNumber");
        String replay = admin().header("Idempotency-Key", key).body(body).post("/api/v1/crews").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().path("registrationNumber");
        assertEquals(first, replay);
        body.put("name", "另一个队");
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/crews").then().statusCode(422)
                .body("type", equalTo("urn:anju:problem:idempotency-key-reused"));
    }

    @Test
    void updateChangesMembersAndRefusesAStaleVersion() {
        String leader = Fixtures.craftsman();
        String leaving = Fixtures.craftsman();
        var body = Fixtures.crewBody(leader, List.of(leader, leaving));
        String id = admin().body(body).post("/api/v1/crews").then().statusCode(201).extract().path("id");
        String joining = Fixtures.craftsman();
        body.put("memberIds", List.of(leader, joining));
        body.put("maxConcurrentJobs", 5);
        admin().body(body).put("/api/v1/crews/" + id).then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(body).put("/api/v1/crews/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("maxConcurrentJobs", equalTo(5)).body("members", hasSize(2))
                .body("members.craftsmanId", org.hamcrest.Matchers.hasItem(joining));
        admin().header("If-Match", "\"0\"").body(body).put("/api/v1/crews/" + id).then().statusCode(412)
                .body("type", equalTo("urn:anju:problem:stale-version"));
        // the craftsman who left may join another crew
        fileOk(Fixtures.crewBody(leaving, List.of(leaving)));
    }

    @Test
    void townshipOfficerOfAnotherTownshipCannotSeeOrFile() {
        String leader = Fixtures.craftsman();
        var body = Fixtures.crewBody(leader, List.of(leader));
        as("township_officer", Fixtures.OTHER_TOWNSHIP).body(body).post("/api/v1/crews")
                .then().statusCode(403);
        String id = admin().body(body).post("/api/v1/crews").then().statusCode(201).extract().path("id");
        as("township_officer", Fixtures.OTHER_TOWNSHIP).get("/api/v1/crews/" + id)
                .then().statusCode(404);
    }

    @Test
    void anInspectorOfAnotherTownshipReadsTheCrewsPublicIdentityButNothingPersonal() {
        String leader = Fixtures.craftsman();
        var filed = admin().body(Fixtures.crewBody(leader, List.of(leader))).post("/api/v1/crews").then()
                .statusCode(201).extract();
        String id = filed.path("id");
        for (var reader : List.of(as("inspector", Fixtures.OTHER_TOWNSHIP), as("village_reviewer",
                Fixtures.OTHER_TOWNSHIP), as("bureau_reader"))) {
            reader.get("/api/v1/crews/" + id + "/summary").then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("name", equalTo(filed.path("name")))
                    .body("registrationNumber", equalTo(filed.path("registrationNumber")))
                    .body("townshipCode", equalTo(Fixtures.TOWNSHIP))
                    .body("creditScore", equalTo(100))
                    .body("status", equalTo("FILED"))
                    .body("$", not(hasKey("contactPhone")))
                    .body("$", not(hasKey("contactName")))
                    .body("$", not(hasKey("creditCode")))
                    .body("$", not(hasKey("leaderId")))
                    .body("$", not(hasKey("members")));
        }
        // the full record stays within the crew's township, with its identifiers masked as before
        as("inspector", Fixtures.OTHER_TOWNSHIP).get("/api/v1/crews/" + id).then().statusCode(404);
        as("inspector", Fixtures.TOWNSHIP).get("/api/v1/crews/" + id).then().statusCode(200)
                .body("contactPhone", equalTo("139****5678"));
        as("inspector", Fixtures.OTHER_TOWNSHIP).get("/api/v1/crews/" + UUID.randomUUID() + "/summary").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownCrewIs404() {
        admin().get("/api/v1/crews/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
