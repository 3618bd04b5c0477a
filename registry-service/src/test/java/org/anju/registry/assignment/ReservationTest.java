package org.anju.registry.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import org.anju.registry.Fixtures;
import org.anju.registry.event.Events;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A crew's job slots, reserved by permits-service at the moment of issuing a certificate. */
@QuarkusTest
class ReservationTest {

    @Inject
    EntityManager em;

    private static String startsOn() {
        return Fixtures.today().plusDays(10).toString();
    }

    /** A qualified crew (trained leader, insured) that may take {@code max} jobs at once. */
    static String qualifiedCrew(int max) {
        String leader = Fixtures.trainedCraftsman();
        Map<String, Object> body = Fixtures.crewBody(leader, List.of(leader, Fixtures.craftsman()));
        body.put("maxConcurrentJobs", max);
        String id = Fixtures.admin().body(body).post("/api/v1/crews").then().statusCode(201).extract().path("id");
        Fixtures.decide(id, "QUALIFY");
        return id;
    }

    static Response reserve(String crew, String permit) {
        return given().auth().oauth2(TestTokens.service("permits-service")).contentType(ContentType.JSON)
                .body(Map.of("startsOn", startsOn())).put("/api/v1/crews/" + crew + "/reservations/" + permit);
    }

    private static Response release(String crew, String permit) {
        return given().auth().oauth2(TestTokens.service("permits-service"))
                .delete("/api/v1/crews/" + crew + "/reservations/" + permit);
    }

    private static int activeJobs(String crew) {
        return given().auth().oauth2(TestTokens.service()).get("/api/v1/crews/" + crew + "/eligibility").then()
                .statusCode(200).extract().path("activeJobs");
    }

    private void lapse(String crew, String permit) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update crew_assignment set held_until = "
                + "now() - interval '1 minute' where crew_id = ?1 and permit_id = ?2 and status = 'HELD'")
                .setParameter(1, UUID.fromString(crew)).setParameter(2, UUID.fromString(permit)).executeUpdate());
    }

    @Test
    void aRepeatedReservationTakesNoSecondSlot() {
        String crew = qualifiedCrew(3);
        String permit = UUID.randomUUID().toString();
        reserve(crew, permit).then().statusCode(201).header("Location", containsString("/reservations/" + permit))
                .body("status", equalTo("HELD")).body("heldUntil", notNullValue()).body("activeJobs", equalTo(1))
                .body("maxConcurrentJobs", equalTo(3)).body("startsOn", equalTo(startsOn()));
        reserve(crew, permit).then().statusCode(200).body("status", equalTo("HELD")).body("activeJobs", equalTo(1));
        assertEquals(1, activeJobs(crew));
        Fixtures.admin().get("/api/v1/crews/" + crew).then().body("activeJobs", equalTo(1));
    }

    @Test
    void aFullCrewIsRefusedNamingItsActiveJobsAndLimit() {
        String crew = qualifiedCrew(2);
        reserve(crew, UUID.randomUUID().toString()).then().statusCode(201);
        Events.assign(crew);
        reserve(crew, UUID.randomUUID().toString()).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:crew-at-capacity"))
                .body("activeJobs", equalTo(2)).body("maxConcurrentJobs", equalTo(2))
                .body("errors[0].field", equalTo("crewId"))
                .body("errors[0].messageZh", containsString("已达上限 2 个"))
                .body("detail", containsString("2 active jobs; its limit is 2"));
        assertEquals(2, activeJobs(crew));
    }

    @Test
    void anIneligibleCrewIsRefusedWithItsReasons() {
        String crew = Fixtures.crew(); // filed, never qualified
        reserve(crew, UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo("urn:anju:problem:crew-not-eligible"))
                .body("reasons.code", hasItem("NOT_QUALIFIED"))
                .body("errors.rule", hasItem("NOT_QUALIFIED"));
        assertEquals(0, activeJobs(crew));
        reserve(UUID.randomUUID().toString(), UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void aHeldSlotLapsesWithoutConfirmation() {
        String crew = qualifiedCrew(1);
        String rolledBack = UUID.randomUUID().toString();
        reserve(crew, rolledBack).then().statusCode(201);
        reserve(crew, UUID.randomUUID().toString()).then().statusCode(409);
        lapse(crew, rolledBack);
        assertEquals(0, activeJobs(crew));
        reserve(crew, UUID.randomUUID().toString()).then().statusCode(201);
        // the lapsed build asking again competes for a slot like any other
        reserve(crew, rolledBack).then().statusCode(409);
    }

    @Test
    void crewAssignedConfirmsTheHeldSlotForGood() {
        String crew = qualifiedCrew(1);
        String permit = UUID.randomUUID().toString();
        reserve(crew, permit).then().statusCode(201);
        Events.send(UUID.randomUUID(), "crew.assigned", Map.of("crewId", crew, "permitId", permit)).statusCode(200);
        lapse(crew, permit); // a confirmed slot has no hold to lapse
        assertEquals(1, activeJobs(crew));
        reserve(crew, permit).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("heldUntil", nullValue());
        reserve(crew, UUID.randomUUID().toString()).then().statusCode(409);
    }

    @Test
    void crewReleasedAndDeleteFreeTheSlot() {
        String crew = qualifiedCrew(2);
        String finished = UUID.randomUUID().toString();
        String rolledBack = UUID.randomUUID().toString();
        reserve(crew, finished).then().statusCode(201);
        Events.send(UUID.randomUUID(), "crew.assigned", Map.of("crewId", crew, "permitId", finished)).statusCode(200);
        reserve(crew, rolledBack).then().statusCode(201);
        assertEquals(2, activeJobs(crew));
        Events.send(UUID.randomUUID(), "crew.released", Map.of("crewId", crew, "permitId", finished))
                .statusCode(200);
        assertEquals(1, activeJobs(crew));
        release(crew, rolledBack).then().statusCode(204);
        release(crew, rolledBack).then().statusCode(204);
        assertEquals(0, activeJobs(crew));
        release(UUID.randomUUID().toString(), rolledBack).then().statusCode(404);
    }

    @Test
    void onlyAServiceMayReserveOrRelease() {
        String crew = qualifiedCrew(3);
        String permit = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("startsOn", startsOn()))
                .put("/api/v1/crews/" + crew + "/reservations/" + permit).then().statusCode(401);
        for (String role : List.of("county_admin", "township_officer", "county_clerk")) {
            Fixtures.as(role, Fixtures.TOWNSHIP).body(Map.of("startsOn", startsOn()))
                    .put("/api/v1/crews/" + crew + "/reservations/" + permit).then().statusCode(403)
                    .contentType("application/problem+json");
            Fixtures.as(role, Fixtures.TOWNSHIP).delete("/api/v1/crews/" + crew + "/reservations/" + permit).then()
                    .statusCode(403);
        }
        assertEquals(0, activeJobs(crew));
        given().auth().oauth2(TestTokens.service("permits-service")).contentType(ContentType.JSON)
                .body(Map.of()).put("/api/v1/crews/" + crew + "/reservations/" + permit).then().statusCode(400);
    }

    @Test
    void concurrentReservationsTakeExactlyTheFreeSlots() throws Exception {
        String crew = qualifiedCrew(3);
        Events.assign(crew); // one of three taken: two free
        int n = 12;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return reserve(crew, UUID.randomUUID().toString()).statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : answers) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(2, codes.stream().filter(c -> c == 201).count(), "taken: " + codes);
        assertEquals(n - 2, codes.stream().filter(c -> c == 409).count(), "refused: " + codes);
        assertEquals(3, activeJobs(crew));
    }
}
