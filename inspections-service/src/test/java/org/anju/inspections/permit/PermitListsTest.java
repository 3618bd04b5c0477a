package org.anju.inspections.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.Fixtures;
import org.anju.inspections.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Everything inspections keeps of one build, asked by permit: visits, hazards, rectification notices open and closed,
 * stop-works in force and lifted, each complete page by page past the 100-item cap, never another township's.
 */
@QuarkusTest
class PermitListsTest {

    /** A township code of the county that no other test writes to (lists by permit do not need it in the divisions). */
    static final String T = "369901209000";
    static final OffsetDateTime FROM = OffsetDateTime.parse("2024-05-06T09:00+08:00");

    @Inject
    Rows rows;

    @AfterEach
    void clear() {
        rows.clear(T);
    }

    /** Every item of every page, following nextCursor; asserts pages of 100 but the last. */
    static List<Map<String, Object>> all(String token, String path, Map<String, Object> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(token).queryParams(query).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> these = page.getList("items");
            cursor = page.getString("nextCursor");
            if (cursor != null) {
                assertEquals(100, these.size(), "a page with a next cursor is full");
            }
            items.addAll(these);
            pages++;
        } while (cursor != null && pages < 10);
        assertNull(cursor, "the list ends");
        return items;
    }

    static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("id")).toList();
    }

    static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    @Test
    void aBuildsVisitsPagePast100OldestFirst() {
        UUID permit = UUID.randomUUID();
        Rows.Build b = rows.build(T, permit, FROM, 102, 0, 0, 0);
        rows.build(T, UUID.randomUUID(), FROM, 3, 0, 0, 0);
        List<Map<String, Object>> visits = all(TestTokens.inspector(T), "/api/v1/permits/" + permit + "/visits",
                Map.of());
        assertEquals(strings(b.visits()), ids(visits));
        given().auth().oauth2(Fixtures.inspectorToken()).get("/api/v1/permits/" + permit + "/visits").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBuildsHazardsAndNoticesOpenAndClosedPagePast100() {
        UUID permit = UUID.randomUUID();
        Rows.Build b = rows.build(T, permit, FROM, 1, 103, 3, 0);
        Rows.Build neighbour = rows.build(T, UUID.randomUUID(), FROM, 1, 2, 1, 0);
        String token = TestTokens.inspector(T);

        List<Map<String, Object>> hazards = all(token, "/api/v1/hazards", Map.of("permit", permit));
        assertEquals(strings(b.hazards()), ids(hazards));
        hazards.forEach(h -> assertEquals(permit.toString(), h.get("permitId")));
        assertEquals(strings(b.notices()), hazards.stream().map(h -> ((Map<?, ?>) h.get("notice")).get("id")).toList(),
                "each hazard carries its notice");

        List<Map<String, Object>> notices = all(token, "/api/v1/rectification-notices", Map.of("permit", permit));
        assertEquals(strings(b.notices()), ids(notices), "open and closed, oldest first");
        assertEquals(List.of("CLOSED", "CLOSED", "CLOSED"), notices.subList(0, 3).stream().map(n -> n.get("status"))
                .toList());
        assertEquals(Collections.nCopies(100, "OPEN"), notices.subList(3, 103).stream().map(n -> n.get("status"))
                .toList());
        assertEquals(strings(b.notices().subList(0, 3)), ids(all(TestTokens.countyAdmin(),
                "/api/v1/rectification-notices", Map.of("permit", permit, "status", "CLOSED"))));
        assertEquals(strings(b.notices().subList(3, 103)), ids(all(TestTokens.as(Role.BUREAU_READER),
                "/api/v1/rectification-notices", Map.of("permit", permit, "status", "OPEN"))));
        assertEquals(strings(b.notices().subList(3, 103)), ids(all(token, "/api/v1/rectification-notices",
                Map.of("permit", permit, "overdue", true))), "the open ones, all past their 2024 deadlines");
        ids(notices).forEach(id -> assertEquals(false, neighbour.notices().contains(UUID.fromString(id))));
    }

    @Test
    void aBuildsStopWorksInForceAndLiftedPagePast100NewestFirst() {
        UUID permit = UUID.randomUUID();
        Rows.Build b = rows.build(T, permit, FROM, 1, 0, 0, 102);
        rows.build(T, UUID.randomUUID(), FROM, 1, 0, 0, 1);
        String token = TestTokens.townshipOfficer(T);
        List<String> newestFirst = new ArrayList<>(strings(b.stopWorks()));
        Collections.reverse(newestFirst);

        List<Map<String, Object>> all = all(token, "/api/v1/stop-work-notices", Map.of("permit", permit));
        assertEquals(newestFirst, ids(all));
        assertEquals("IN_FORCE", all.get(0).get("status"));
        assertEquals(newestFirst.subList(1, 102), ids(all(token, "/api/v1/stop-work-notices",
                Map.of("permit", permit, "state", "LIFTED"))));
        assertEquals(newestFirst.subList(0, 1), ids(all(token, "/api/v1/stop-work-notices",
                Map.of("permit", permit, "state", "IN_FORCE"))));
    }

    @Test
    void anotherTownshipsBuildIsNotFoundInEveryList() {
        UUID permit = UUID.randomUUID();
        rows.build(T, permit, FROM, 1, 1, 0, 1);
        for (String path : List.of("/api/v1/hazards", "/api/v1/rectification-notices", "/api/v1/stop-work-notices")) {
            given().auth().oauth2(Fixtures.inspectorToken()).queryParam("permit", permit.toString()).get(path).then()
                    .statusCode(404).contentType("application/problem+json").body("detail", notNullValue());
            given().auth().oauth2(TestTokens.inspector(T)).queryParam("permit", permit.toString()).get(path).then()
                    .statusCode(200).body("items.permitId", everyItem(equalTo(permit.toString())));
            // a build with nothing recorded yet is an empty list, whoever asks
            given().auth().oauth2(Fixtures.inspectorToken()).queryParam("permit", UUID.randomUUID().toString())
                    .get(path).then().statusCode(200).body("items.size()", equalTo(0));
        }
    }

    @Test
    void aListNamesATownshipOrAPermitAndTheirValuesAreChecked() {
        String token = TestTokens.countyAdmin();
        for (String path : List.of("/api/v1/rectification-notices", "/api/v1/stop-work-notices")) {
            given().auth().oauth2(token).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("township", "permit"))
                    .body("errors[0].rule", equalTo("township-or-permit"));
            given().auth().oauth2(token).queryParam("township", Fixtures.TOWNSHIP)
                    .queryParam("permit", UUID.randomUUID().toString()).get(path).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("township", "permit"));
            given().auth().oauth2(token).queryParam("permit", "not-a-permit").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("permit"));
        }
        given().auth().oauth2(token).get("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("permit"));
        given().auth().oauth2(token).queryParam("township", Fixtures.TOWNSHIP).queryParam("status", "CLOSED")
                .get("/api/v1/rectification-notices").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(token).queryParam("permit", UUID.randomUUID().toString()).queryParam("status", "DONE")
                .get("/api/v1/rectification-notices").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        String townshipCursor = given().auth().oauth2(token).queryParam("permit", UUID.randomUUID().toString())
                .queryParam("cursor", org.anju.common.paging.Cursor.encode("2026-01-01", UUID.randomUUID().toString()))
                .get("/api/v1/hazards").then().statusCode(400).extract().path("errors[0].field");
        assertEquals("cursor", townshipCursor);
    }
}
