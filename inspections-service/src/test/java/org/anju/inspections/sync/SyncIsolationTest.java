package org.anju.inspections.sync;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Township isolation on the offline sync path: a batch from a 城关镇 inspector's phone that carries records of 青石镇
 * (a visit to its build, a hazard on its visit, a case in it) stores none of them and reveals nothing about them, while
 * the batch's own-township items are stored.
 */
@QuarkusTest
class SyncIsolationTest {

    private static final String CHENGGUAN = TestTokens.CHENGGUAN;
    private static final String QINGSHI = TestTokens.QINGSHI;

    @Inject
    EntityManager em;

    private static UUID permit(String township, String village) {
        UUID id = UUID.randomUUID();
        PermitsStub.siteForToken(id, township, village, SITE_LAT, SITE_LNG, "FOUNDATION_TRENCH");
        return id;
    }

    private static Map<String, Object> visit(UUID id, UUID permit) {
        return Map.of("id", id, "permitId", permit, "type", "FOUNDATION_TRENCH", "checkIn",
                checkIn(north(20), SITE_LNG, 5.0), "answers", trenchAnswers(true), "outcome", "PASSED");
    }

    private long stored(String table, UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
    }

    @Test
    void anotherTownshipsRecordsInABatchAreRefusedAndNothingOfThemIsStored() {
        UUID qingshiPermit = permit(QINGSHI, "369901101201");
        String qingshiVisit = given().auth().oauth2(TestTokens.inspector(QINGSHI)).contentType(ContentType.JSON)
                .body(visit(UUID.randomUUID(), qingshiPermit)).post("/api/v1/visits").then().statusCode(201)
                .extract().path("id");

        UUID own = UUID.randomUUID();
        UUID intoQingshi = UUID.randomUUID();
        UUID hazardOnQingshi = UUID.randomUUID();
        UUID caseInQingshi = UUID.randomUUID();
        Map<String, Object> batch = Map.of("sentAt", OffsetDateTime.now().toString(),
                "visits", List.of(visit(own, permit(CHENGGUAN, "369901100201")), visit(intoQingshi, qingshiPermit)),
                "hazards", List.of(Map.of("id", hazardOnQingshi, "visitId", qingshiVisit, "type", "SITE_SAFETY",
                        "grade", "GENERAL", "description", "材料堆放占用通道", "responsiblePerson", "李建国")),
                "cases", List.of(Map.of("id", caseInQingshi, "kind", "NO_PERMIT", "townshipCode", QINGSHI,
                        "villageCode", "369901101201", "lat", 28.512, "lng", 117.891, "description", "未批先建")));

        JsonPath answer = given().auth().oauth2(TestTokens.inspector(CHENGGUAN)).contentType(ContentType.JSON)
                .body(batch).post("/api/v1/sync").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NEW", "REFUSED", "REFUSED", "REFUSED"), answer.getList("items.result"));
        assertEquals(1, answer.getInt("created"));
        // each names a record or place of another township: "not found", so nothing about it is revealed
        assertEquals(List.of(404, 404, 404), List.of(answer.getInt("items[1].problem.status"),
                answer.getInt("items[2].problem.status"), answer.getInt("items[3].problem.status")));

        assertEquals(1, stored("visit", own));
        assertEquals(0, stored("visit", intoQingshi));
        assertEquals(0, stored("hazard", hazardOnQingshi));
        assertEquals(0, stored("illegal_case", caseInQingshi));
    }
}
