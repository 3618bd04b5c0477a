package org.anju.inspections.sync;

import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.permit;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.inspections.support.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Offline sync: item-by-item answers, one bad item among good ones, and a batch replayed three times. */
@QuarkusTest
class SyncTest {

    @Inject
    EntityManager em;

    private long count(String table, List<UUID> ids) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where id in (?1, ?2, ?3)")
                .setParameter(1, ids.get(0)).setParameter(2, ids.get(1)).setParameter(3, ids.get(2)).getSingleResult())
                .longValue();
    }

    @Test
    void aBatchReplayedThreeTimesCreatesNothingTwiceAndAnswersTheSame() {
        UUID permitId = permit("FOUNDATION_TRENCH");
        UUID good = UUID.randomUUID();
        UUID offSite = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID hazard = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        Map<String, Object> v1 = new HashMap<>(Map.of("id", good, "permitId", permitId, "type", "FOUNDATION_TRENCH",
                "checkIn", checkIn(north(30), SITE_LNG, 5.0), "answers", trenchAnswers(true), "outcome", "PASSED"));
        Map<String, Object> v2 = new HashMap<>(Map.of("id", offSite, "permitId", permitId, "type", "RECHECK",
                "checkIn", checkIn(north(2000), SITE_LNG, 5.0), "outcome", "PASSED"));
        Map<String, Object> v3 = new HashMap<>(Map.of("id", bad, "permitId", permitId, "type", "FOUNDATION_TRENCH",
                "checkIn", checkIn(95, SITE_LNG, -3.0), "answers", trenchAnswers(true), "outcome", "PASSED"));
        Map<String, Object> batch = Map.of("sentAt", OffsetDateTime.now().toString(),
                "visits", List.of(v1, v2, v3),
                "hazards", List.of(Map.of("id", hazard, "visitId", good, "type", "SITE_SAFETY", "grade", "GENERAL",
                        "description", "材料堆放占用通道", "responsiblePerson", "李建国")),
                "cases", List.of(Map.of("id", caseId, "kind", "NO_PERMIT", "townshipCode", Fixtures.TOWNSHIP,
                        "villageCode", Fixtures.VILLAGE, "lat", 28.4601, "lng", 117.9702,
                        "description", "未批先建，已砌至一层")));

        JsonPath first = inspector().body(batch).post("/api/v1/sync").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NEW", "NEW", "REFUSED", "NEW", "NEW"), first.getList("items.result"));
        assertEquals(400, first.getInt("items[2].problem.status"));
        assertEquals(List.of("checkIn.accuracyMetres", "checkIn.lat"), first.getList("items[2].problem.errors.field"));
        assertEquals(4, first.getInt("created"));

        for (int replay = 0; replay < 3; replay++) {
            JsonPath again = inspector().body(batch).post("/api/v1/sync").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("ALREADY_KNOWN", "ALREADY_KNOWN", "REFUSED", "ALREADY_KNOWN", "ALREADY_KNOWN"),
                    again.getList("items.result"));
            assertEquals(first.getList("items.id"), again.getList("items.id"));
            assertEquals(first.getMap("items[2].problem"), again.getMap("items[2].problem"));
        }
        assertEquals(2, count("visit", List.of(good, offSite, bad)));
        assertEquals(1, count("hazard", List.of(hazard, good, bad)));
        assertEquals(1, count("illegal_case", List.of(caseId, good, bad)));
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from outbox_event where event_type = "
                + "'visit.passed' and aggregate_id = ?1").setParameter(1, permitId.toString()).getSingleResult())
                .longValue());
        inspector().get("/api/v1/visits/" + offSite).then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("NOT_ON_SITE"));
    }
}
