package org.anju.registry.craftsman;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.anju.registry.Fixtures.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.anju.common.identity.ResidentIdNumber;
import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CraftsmanResourceTest {

    @Test
    void registersCraftsmanWithLocationAndEtag() {
        var body = Fixtures.craftsmanBody(Fixtures.uniqueName("李"));
        String location = admin().body(body).post("/api/v1/craftsmen")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("residentId", equalTo(body.get("residentId")))
                .body("phone", equalTo("13812345678"))
                .body("creditScore", equalTo(100))
                .body("training.current", equalTo(false))
                .extract().header("Location");
        admin().get(location).then().statusCode(200)
                .body("name", equalTo(body.get("name")));
    }

    @Test
    void residentIdAndPhoneAreMaskedForEveryoneButTheCountyAdmin() {
        var body = Fixtures.craftsmanBody(Fixtures.uniqueName("王"));
        String id = Fixtures.craftsman(body);
        String full = (String) body.get("residentId");
        for (String role : new String[] { "county_clerk", "bureau_reader", "inspector" }) {
            as(role, Fixtures.TOWNSHIP).get("/api/v1/craftsmen/" + id)
                    .then().statusCode(200)
                    .body("residentId", equalTo(full.substring(0, 4) + "**********" + full.substring(14)))
                    .body("phone", equalTo("138****5678"));
        }
        admin().get("/api/v1/craftsmen/" + id).then().body("residentId", equalTo(full));
    }

    @Test
    void lowercaseXIsStoredUpperCase() {
        String id;
        do {
            id = Fixtures.residentId();
        } while (!id.endsWith("X"));
        var body = Fixtures.craftsmanBody(Fixtures.uniqueName("赵"));
        body.put("residentId", id.toLowerCase());
        admin().body(body).post("/api/v1/craftsmen").then().statusCode(201).body("residentId", equalTo(id));
    }

    @Test
    void wrongCheckDigitIsRefusedNamingFieldAndRule() {
        var body = Fixtures.craftsmanBody("钱");
        String valid = (String) body.get("residentId");
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        body.put("residentId", valid.substring(0, 17) + wrong);
        admin().body(body).post("/api/v1/craftsmen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("residentId"))
                .body("errors[0].rule", equalTo("ResidentId"))
                .body("errors[0].messageZh", notNullValue());
    }

    @Test
    void duplicateResidentIdIsRefusedWith409() {
        var body = Fixtures.craftsmanBody("孙");
        Fixtures.craftsman(body);
        body.put("name", "孙二");
        admin().body(body).post("/api/v1/craftsmen").then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:duplicate-resident-id"))
                .body("errors[0].field", equalTo("residentId"))
                .body("errors[0].rejectedValue", equalTo(ResidentIdNumber.mask((String) body.get("residentId"))));
    }

    @Test
    void unknownTownshipIsRefused() {
        var body = Fixtures.craftsmanBody("周");
        body.put("homeTownshipCode", "369901999000");
        body.remove("homeVillageCode");
        admin().body(body).post("/api/v1/craftsmen").then().statusCode(422)
                .body("errors[0].field", equalTo("homeTownshipCode"))
                .body("errors[0].rule", equalTo("unknown-township"));
    }

    @Test
    void villageOfAnotherTownshipIsRefused() {
        var body = Fixtures.craftsmanBody("吴");
        body.put("homeVillageCode", "369901200201");
        admin().body(body).post("/api/v1/craftsmen").then().statusCode(422)
                .body("errors[0].rule", equalTo("village-not-in-township"));
    }

    @Test
    void skillLevelWithoutCertificateIsRefused() {
        var body = Fixtures.craftsmanBody("郑");
        body.remove("certificateNumber");
        admin().body(body).post("/api/v1/craftsmen").then().statusCode(422)
                .body("errors[0].field", equalTo("certificateNumber"))
                .body("errors[0].rule", equalTo("certificate-required"));
    }

    @Test
    void callerWithoutRoleIsRefused() {
        given().contentType(ContentType.JSON).body(Fixtures.craftsmanBody("冯")).post("/api/v1/craftsmen")
                .then().statusCode(401);
    }

    @Test
    void inspectorMayNotRegister() {
        as("inspector").body(Fixtures.craftsmanBody("陈")).post("/api/v1/craftsmen").then().statusCode(403);
    }

    @Test
    void townshipOfficerOfAnotherTownshipSeesNothing() {
        String id = Fixtures.craftsman();
        as("township_officer", Fixtures.OTHER_TOWNSHIP).get("/api/v1/craftsmen/" + id)
                .then().statusCode(404);
        as("township_officer", Fixtures.TOWNSHIP).get("/api/v1/craftsmen/" + id)
                .then().statusCode(200);
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstRegistration() {
        var body = Fixtures.craftsmanBody(Fixtures.uniqueName("褚"));
        String key = UUID.randomUUID().toString();
        String first = admin().header("Idempotency-Key", key).body(body).post("/api/v1/craftsmen")
                .then().statusCode(201).extract().path("id");
        String second = admin().header("Idempotency-Key", key).body(body).post("/api/v1/craftsmen")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, second);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = Fixtures.craftsman();
        Map<String, Object> update = Map.of("name", "卫东", "phone", "13900001111", "homeTownshipCode",
                Fixtures.TOWNSHIP, "trades", java.util.List.of("CARPENTER"));
        admin().body(update).put("/api/v1/craftsmen/" + id).then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(update).put("/api/v1/craftsmen/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("卫东"))
                .body("skillLevel", equalTo(null)).body("trades[0]", equalTo("CARPENTER"));
        admin().header("If-Match", "\"0\"").body(update).put("/api/v1/craftsmen/" + id)
                .then().statusCode(412).body("type", equalTo("urn:anju:problem:stale-version"))
                .body("currentVersion", equalTo(1));
    }

    @Test
    void trainingRecordsMakeACraftsmanCurrent() {
        String id = Fixtures.craftsman();
        Fixtures.training(id, 24, "OFFLINE", Fixtures.today().minusDays(10));
        admin().get("/api/v1/craftsmen/" + id).then().body("training.current", equalTo(false));
        Fixtures.training(id, 16, "ONLINE", Fixtures.today().minusDays(20));
        admin().get("/api/v1/craftsmen/" + id).then().body("training.current", equalTo(true))
                .body("training.hours", equalTo(40.0f)).body("training.offlineHours", equalTo(24.0f));
        admin().get("/api/v1/craftsmen/" + id + "/training-records").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].mode", equalTo("OFFLINE"));
    }

    @Test
    void trainingInTheFutureIsRefused() {
        String id = Fixtures.craftsman();
        admin().body(Map.of("course", "c", "hours", 8, "mode", "OFFLINE", "completedOn",
                Fixtures.today().plusDays(2).toString(), "provider", "p"))
                .post("/api/v1/craftsmen/" + id + "/training-records")
                .then().statusCode(422).body("errors[0].rule", equalTo("training-date-in-future"));
    }

    @Test
    void trainingRecordHasItsOwnLocation() {
        String id = Fixtures.craftsman();
        String location = admin().body(Map.of("course", "c", "hours", 8, "mode", "ONLINE", "completedOn",
                Fixtures.today().toString(), "provider", "p")).post("/api/v1/craftsmen/" + id + "/training-records")
                .then().statusCode(201).header("Location", matchesPattern(".*/training-records/[0-9a-f-]{36}$"))
                .extract().header("Location");
        admin().get(location).then().statusCode(200).body("craftsmanId", equalTo(id));
    }

    @Test
    void unknownCraftsmanIs404Problem() {
        admin().get("/api/v1/craftsmen/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", endsWith("does not exist"));
    }
}
