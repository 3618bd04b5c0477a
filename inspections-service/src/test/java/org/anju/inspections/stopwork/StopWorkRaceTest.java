package org.anju.inspections.stopwork;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.TOWNSHIP;
import static org.anju.inspections.support.Fixtures.VILLAGE;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.north;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One stop-work notice in force per build, however many inspectors issue one at the same moment. */
@QuarkusTest
class StopWorkRaceTest {

    @Inject
    EntityManager em;

    @Test
    void stopWorksIssuedAtOnceOnOneBuildGiveOneNoticeInForce() throws Exception {
        UUID permitId = UUID.randomUUID();
        PermitsStub.siteForToken(permitId, TOWNSHIP, VILLAGE, SITE_LAT, SITE_LNG, "KEY_MILESTONE");
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            visits.add(given().auth().oauth2(TestTokens.inspector(TOWNSHIP)).contentType(ContentType.JSON)
                    .body(Map.of("permitId", permitId, "type", "ROUTINE_PATROL", "checkIn",
                            checkIn(north(20), SITE_LNG, 8.0), "outcome", "FAILED"))
                    .post("/api/v1/visits").then().statusCode(201).extract().path("id"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(visits.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String visit : visits) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(TestTokens.inspector(TOWNSHIP)).contentType(ContentType.JSON)
                            .body(Map.of("visitId", visit, "reasonCode", "DEVIATES_FROM_PERMIT", "reason", "擅自加层"))
                            .post("/api/v1/stop-work-notices").statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(visits.size() - 1, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from stop_work_notice where permit_id = ?1 "
                + "and status = 'IN_FORCE'").setParameter(1, permitId).getSingleResult()).longValue());
    }
}
