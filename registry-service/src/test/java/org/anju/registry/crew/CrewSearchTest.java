package org.anju.registry.crew;

import static io.restassured.RestAssured.given;
import static org.anju.registry.Fixtures.admin;
import static org.anju.registry.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CrewSearchTest {

    @Test
    void publicListPagesWithoutRepeatsOrPersonalIdentifiers() {
        Fixtures.qualifiedCrew();
        Fixtures.qualifiedCrew();
        Fixtures.crew();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int previousScore = Integer.MAX_VALUE;
        for (int page = 0; page < 3; page++) {
            var spec = given().queryParam("limit", 1).queryParam("townshipCode", Fixtures.TOWNSHIP);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            String body = spec.get("/api/v1/public/crews").then().statusCode(200).body("items", hasSize(1))
                    .extract().asString();
            assertFalse(body.contains("contactPhone") || body.contains("residentId") || body.contains("phone"), body);
            var json = io.restassured.path.json.JsonPath.from(body);
            int score = json.getInt("items[0].creditScore");
            assertTrue(score <= previousScore);
            previousScore = score;
            seen.add(json.getString("items[0].id"));
            cursor = json.getString("nextCursor");
            assertTrue(cursor != null);
        }
        assertEquals(3, new HashSet<>(seen).size());
    }

    @Test
    void searchByNameFragmentTradeSkillAndStatus() {
        String leader = Fixtures.trainedCraftsman();
        var craftsman = Fixtures.craftsmanBody(Fixtures.uniqueName("架子"));
        craftsman.put("trades", List.of("SCAFFOLDER"));
        craftsman.put("skillLevel", 3);
        String scaffolder = Fixtures.craftsman(craftsman);
        var body = Fixtures.crewBody(leader, List.of(leader, scaffolder));
        String name = Fixtures.uniqueName("寻找施工队");
        body.put("name", name);
        String id = admin().body(body).post("/api/v1/crews").then().statusCode(201).extract().path("id");
        String fragment = name.substring(2);
        as("county_clerk").queryParam("q", fragment).get("/api/v1/crews").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].status", equalTo("FILED"));
        as("county_clerk").queryParam("q", fragment).queryParam("status", "QUALIFIED").get("/api/v1/crews").then()
                .body("items", empty());
        as("county_clerk").queryParam("q", fragment).queryParam("trade", "SCAFFOLDER").queryParam("skillLevel", 3)
                .get("/api/v1/crews").then().body("items.id", contains(id));
        as("county_clerk").queryParam("q", fragment).queryParam("trade", "PLUMBER").get("/api/v1/crews").then()
                .body("items", empty());
        Fixtures.decide(id, "QUALIFY");
        as("county_clerk").queryParam("q", fragment).queryParam("status", "QUALIFIED").get("/api/v1/crews").then()
                .body("items.id", contains(id));
        as("township_officer", Fixtures.OTHER_TOWNSHIP).queryParam("q", fragment)
                .get("/api/v1/crews").then().body("items", empty());
    }

    @Test
    void craftsmenSearchByNameTradeSkillAndCrewStatus() {
        String prefix = Fixtures.uniqueName("搜");
        var a = Fixtures.craftsmanBody(prefix + "a");
        a.put("trades", List.of("ELECTRICIAN"));
        a.put("skillLevel", 5);
        String first = Fixtures.craftsman(a);
        var b = Fixtures.craftsmanBody(prefix + "b");
        String second = Fixtures.craftsman(b);
        as("bureau_reader").queryParam("q", prefix).get("/api/v1/craftsmen").then().statusCode(200)
                .body("items.id", contains(first, second))
                .body("items[0].residentId", not(equalTo(a.get("residentId"))));
        as("county_clerk").queryParam("q", prefix).queryParam("trade", "ELECTRICIAN").get("/api/v1/craftsmen")
                .then().body("items.id", contains(first));
        as("county_clerk").queryParam("q", prefix).queryParam("skillLevel", 4).get("/api/v1/craftsmen")
                .then().body("items.id", contains(second));
        String crew = admin().body(Fixtures.crewBody(second, List.of(second))).post("/api/v1/crews").then()
                .statusCode(201).extract().path("id");
        as("county_clerk").queryParam("q", prefix).queryParam("status", "FILED").get("/api/v1/craftsmen")
                .then().body("items.id", contains(second)).body("items[0].crewId", equalTo(crew));
        String next = as("county_clerk").queryParam("q", prefix).queryParam("limit", 1).get("/api/v1/craftsmen")
                .then().body("items.id", contains(first)).body("nextCursor", notNullValue()).extract()
                .path("nextCursor");
        as("county_clerk").queryParam("q", prefix).queryParam("limit", 1).queryParam("cursor", next)
                .get("/api/v1/craftsmen").then().body("items.id", contains(second))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void pageSizeIsCappedAndValidated() {
        given().queryParam("limit", 500).get("/api/v1/public/crews").then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(100));
        given().queryParam("limit", 0).get("/api/v1/public/crews").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/public/crews").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("status", "FOO").get("/api/v1/public/crews").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].rule", equalTo("enum"));
        as("county_clerk").queryParam("skillLevel", "abc").get("/api/v1/craftsmen").then().statusCode(400)
                .body("errors[0].field", equalTo("skillLevel"));
        as("county_clerk").queryParam("skillLevel", 6).get("/api/v1/crews").then().statusCode(400)
                .body("errors[0].rule", equalTo("skill-level"));
        as("county_clerk").queryParam("townshipCode", "369901999000").get("/api/v1/crews").then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-township"));
    }

    @Test
    void searchNeedsARole() {
        given().get("/api/v1/crews").then().statusCode(401);
        given().queryParam("status", "QUALIFIED").get("/api/v1/public/crews").then().statusCode(200)
                .body("items.status", not(hasItem("FILED")));
        assertTrue(Map.of().isEmpty());
    }
}
