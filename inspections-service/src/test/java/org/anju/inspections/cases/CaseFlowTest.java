package org.anju.inspections.cases;

import static org.anju.inspections.support.Fixtures.inspector;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.anju.inspections.support.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Illegal construction cases move only along their state machine and keep their history. */
@QuarkusTest
class CaseFlowTest {

    private static Map<String, Object> newCase() {
        return Map.of("kind", "NO_PERMIT", "townshipCode", Fixtures.TOWNSHIP, "villageCode", Fixtures.VILLAGE,
                "lat", 28.4601, "lng", 117.9702, "household", "张三户", "description", "未批先建，已砌至二层");
    }

    @Test
    void aCaseGoesFromOpenThroughStopAndDemolitionToClosedWithHistory() {
        String id = inspector().body(newCase()).post("/api/v1/cases").then().statusCode(201)
                .body("state", equalTo("OPEN")).body("allowedNext", hasItem("ORDERED_TO_STOP")).extract().path("id");
        inspector().header("If-Match", "\"0\"").body(Map.of("to", "CLOSED")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(409).body("type", equalTo("urn:anju:problem:case-transition-not-allowed"));
        inspector().header("If-Match", "\"0\"").body(Map.of("to", "ORDERED_TO_STOP", "note", "责令停止建设"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200);
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("state", "ORDERED_TO_STOP")
                .queryParam("limit", 100).get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem(id));
        inspector().header("If-Match", "\"1\"").body(Map.of("to", "DEMOLISHED"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200);
        inspector().header("If-Match", "\"2\"").body(Map.of("to", "CLOSED"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200).body("state", equalTo("CLOSED"))
                .body("history", hasSize(4)).body("history[1].fromState", equalTo("OPEN"))
                .body("history[1].note", equalTo("责令停止建设")).body("allowedNext", hasSize(0));
        Fixtures.otherTownship().get("/api/v1/cases/" + id).then().statusCode(404);
    }

    @Test
    void pagingThroughOpenCasesWithACursorSkipsAndRepeatsNothing() {
        java.util.List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(inspector().body(newCase()).post("/api/v1/cases").then().statusCode(201).extract().path("id"));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var spec = inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("state", "OPEN")
                    .queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(seen.size(), new java.util.HashSet<>(seen).size());
        org.junit.jupiter.api.Assertions.assertTrue(seen.containsAll(mine));
        inspector().queryParam("township", Fixtures.TOWNSHIP).queryParam("state", "OPEN").queryParam("cursor", "bm9wZQ")
                .get("/api/v1/cases").then().statusCode(400).body("errors[0].rule", equalTo("cursor-format"));
    }

    @Test
    void aCaseOutsideTheCountyOrNotAsPermittedWithoutPermitIsRefused() {
        inspector().body(Map.of("kind", "NOT_AS_PERMITTED", "townshipCode", "369901100000", "villageCode",
                "369901200201", "lat", 28.46, "lng", 117.97, "description", "加建第四层"))
                .post("/api/v1/cases").then().statusCode(422)
                .body("errors.field", hasItem("villageCode")).body("errors.field", hasItem("permitId"));
    }
}
