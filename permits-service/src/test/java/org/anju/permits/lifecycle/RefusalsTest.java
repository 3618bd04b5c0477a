package org.anju.permits.lifecycle;

import static org.anju.permits.support.Fixture.as;
import static org.anju.permits.support.Fixture.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every refusal is one clear problem+json, and nothing is half-written. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class RefusalsTest {

    private static boolean layers;

    @BeforeEach
    void county() {
        if (!layers) {
            Fixture.layers();
            layers = true;
        }
    }

    @Test
    void applicationBreakingThreeRulesGetsOne422ListingAllThree() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.remove("homesteadApprovalRef");
        form.put("lat", Fixture.BAD_LAT);
        form.put("lng", Fixture.BAD_LNG);
        String id = Fixture.create(form).then().statusCode(201).extract().path("id");
        String body = move("village_reviewer", id, "submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:rules-violated"))
                .body("violations.size()", equalTo(3))
                .body("violations.rule", hasItems("homestead-reference", "outside-hazard-zones", "road-setback"))
                .body("violations.find { it.rule == 'road-setback' }.values.requiredM", equalTo(15.0f))
                .body("violations.find { it.rule == 'road-setback' }.nameZh", equalTo("公路建筑控制区退让"))
                .body("errors.size()", equalTo(3))
                .body("step", equalTo("submit"))
                .body("$", not(org.hamcrest.Matchers.hasKey("extensions")))
                .extract().asString();
        Log.infof("THREE-RULE REFUSAL: %s", body);
        as("county_clerk").get("/api/v1/permits/" + id).then().body("state", equalTo("DRAFT"));
        as("county_clerk").get("/api/v1/permits/" + id + "/history").then().body("entries.size()", equalTo(1));
    }

    @Test
    void secondActiveBuildOfAHouseholdIsRefused() {
        String household = Fixture.household();
        String first = Fixture.create(Fixture.form(household)).then().statusCode(201).extract().path("id");
        move("village_reviewer", first, "submit").then().statusCode(200);
        String second = Fixture.create(Fixture.form(household)).then().statusCode(201).extract().path("id");
        move("village_reviewer", second, "submit").then().statusCode(422)
                .body("violations[0].rule", equalTo("one-household-one-build"))
                .body("violations[0].nameZh", equalTo("一户一宅"));
    }

    @Test
    void extensionOfADGradedHouseIsRefused() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.put("kind", "EXTENSION");
        form.put("existingGrade", "D");
        String id = Fixture.create(form).then().statusCode(201).extract().path("id");
        move("village_reviewer", id, "submit").then().statusCode(422)
                .body("violations.rule", hasItem("dangerous-house-extension"));
    }

    @Test
    void aboveLimitBuildWithoutFirmsIsRefusedAndWithThemGoesToTheCounty() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.put("storeys", 3);
        String id = Fixture.create(form).then().statusCode(201).extract().path("id");
        move("village_reviewer", id, "submit").then().statusCode(422)
                .body("violations.rule", hasItems("above-limit-firms")).body("violations.size()", equalTo(2));
        form = Fixture.form(Fixture.household());
        form.put("storeys", 3);
        form.put("designFirmName", "示范县建筑设计院");
        form.put("designFirmCreditCode", "91350100M000100Y43");
        form.put("contractorName", "示范建工");
        form.put("contractorCreditCode", "91350100M000100Y43");
        id = Fixture.create(form).then().statusCode(201).extract().path("id");
        move("village_reviewer", id, "submit").then().statusCode(200).body("track", equalTo("ABOVE_LIMIT"));
    }

    @Test
    void missingDesignIsRefused() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.remove("standardDrawingSetId");
        form.put("designerName", "李工");
        String id = Fixture.create(form).then().statusCode(201).extract().path("id");
        move("village_reviewer", id, "submit").then().statusCode(422)
                .body("violations.rule", hasItem("design-present"));
    }

    @Test
    void badInputIsProblem400NamingFieldAndRule() {
        String household = Fixture.household();
        for (Object[] c : new Object[][] { { "storeys", 0, "Min" }, { "storeys", 99, "Max" },
                { "floorArea", -5, "Positive" }, { "lat", 60.0, "DecimalMax" }, { "lng", 10.0, "DecimalMin" } }) {
            Map<String, Object> form = Fixture.form(household);
            form.put((String) c[0], c[1]);
            Fixture.create(form).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(c[0])).body("errors.rule", hasItem(c[2]));
        }
    }

    @Test
    void positionInTheSeaIsRefusedAsNotInTheVillage() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.put("lat", 24.0);
        form.put("lng", 122.5);
        Fixture.create(form).then().statusCode(422).body("violations[0].rule", equalTo("site-near-village"));
    }

    @Test
    void householdWithWrongCheckDigitOrUnknownVillageIsRefused() {
        String good = Fixture.residentId();
        String wrong = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        as("village_reviewer").body(Map.of("headName", "王", "headResidentId", wrong, "registerNumber", "HK-1",
                "villageCode", Fixture.VILLAGE)).post("/api/v1/households").then().statusCode(400)
                .body("errors[0].field", equalTo("headResidentId")).body("errors[0].rule", equalTo("ResidentId"));
        as("village_reviewer").body(Map.of("headName", "王", "headResidentId", good, "registerNumber", "HK-1",
                "villageCode", "369901999999")).post("/api/v1/households").then().statusCode(400)
                .body("errors[0].rule", equalTo("known-village"));
    }

    @Test
    void residentIdIsMaskedExceptForTheCountyAdmin() {
        String id = Fixture.household();
        as("township_officer").get("/api/v1/households/" + id).then().statusCode(200)
                .body("headResidentId", containsString("**********"));
        as("county_admin").get("/api/v1/households/" + id).then().statusCode(200)
                .body("headResidentId", not(containsString("*")));
    }

    @Test
    void idempotencyKeyReplayGivesTheSameAnswerAndCreatesOnce() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        String key = UUID.randomUUID().toString();
        String first = as("village_reviewer").header("Idempotency-Key", key).body(form).post("/api/v1/permits")
                .then().statusCode(201).extract().path("id");
        as("village_reviewer").header("Idempotency-Key", key).body(form).post("/api/v1/permits").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void selfIntersectingPolygonIsRefusedNamingTheFeature() {
        String bowtie = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":" + Fixture.square(28.45, 117.96, 0.001) + "},{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[117.96,28.45],[117.97,28.46],[117.97,28.45],"
                + "[117.96,28.46],[117.96,28.45]]]}}]}";
        Fixture.upload("HAZARD_ZONES", bowtie).then().statusCode(422)
                .body("errors[0].field", equalTo("features[1].geometry"))
                .body("errors[0].message", containsString("Self-intersection"));
        as("township_officer").body(bowtie).post("/api/v1/layers/HAZARD_ZONES/versions").then().statusCode(403);
    }

    @Test
    void draftCanBeCorrectedWithIfMatchAndNotAfterSubmission() {
        String id = Fixture.draft();
        Map<String, Object> form = Fixture.form(Fixture.household());
        String etag = Fixture.etag(id);
        as("village_reviewer").header("If-Match", etag).body(form).put("/api/v1/permits/" + id).then()
                .statusCode(200);
        as("village_reviewer").header("If-Match", etag).body(form).put("/api/v1/permits/" + id).then()
                .statusCode(412);
    }
}
