package org.anju.permits.lifecycle;

import static org.anju.permits.support.Fixture.as;
import static org.anju.permits.support.Fixture.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A crew's job slot is reserved in registry-service at the moment of the decision (issue-certificate, assign-crew on a
 * permitted build), so its limit holds under concurrency; and a build without a crew is not a dead end.
 */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class CrewSlotsTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    EntityManager em;

    @BeforeEach
    void county() {
        Fixture.ensureLayers();
        RegistryStub.stubs();
        breakers.resetAll();
    }

    @AfterEach
    void closeBreaker() {
        breakers.resetAll();
    }


    private static Response certificate(String id) {
        return move("township_officer", id, Map.of("action", "issue-certificate", "pledgeSigned", true));
    }

    private static Response assignCrew(String role, String id, UUID crew, boolean pledge) {
        Map<String, Object> body = new HashMap<>(Map.of("action", "assign-crew", "crewId", crew.toString(),
                "reason", "原施工队伍退出，更换施工队伍"));
        if (pledge) {
            body.put("pledgeSigned", true);
        }
        return move(role, id, body);
    }

    private static JsonPath permit(String id) {
        return as("county_clerk").get("/api/v1/permits/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath lastEntry(String id) {
        JsonPath history = as("county_clerk").get("/api/v1/permits/" + id + "/history").then().statusCode(200)
                .body("chainIntact", equalTo(true)).extract().jsonPath();
        return JsonPath.from(history.prettify()).setRootPath("entries[" + (history.getList("entries").size() - 1)
                + "]");
    }

    private static JsonPath changes(JsonPath entry) {
        return JsonPath.from(entry.getString("changes"));
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private long outbox(String permitId, String type, UUID crew) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 and "
                + "event_type = ?2 and payload like ?3").setParameter(1, permitId).setParameter(2, type)
                .setParameter(3, "%" + crew + "%").getSingleResult()).longValue();
    }

    private static int reservationCalls(String method, UUID crew, String permit) {
        var pattern = WireMock.urlEqualTo("/api/v1/crews/" + crew + "/reservations/" + permit);
        var requests = method.equals("PUT") ? WireMock.putRequestedFor(pattern) : WireMock.deleteRequestedFor(pattern);
        return RegistryStub.server.findAll(requests).size();
    }

    @Test
    void concurrentIssuingGivesExactlyTheFreeSlotsAndConsumesNoNumberForTheRefused() throws Exception {
        UUID crew = UUID.randomUUID();
        RegistryStub.limit(crew, 3, 1); // two slots free
        int n = 6;
        List<String> ids = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = Fixture.bookIssuedWithCrew(crew);
            ids.add(id);
            etags.add(Fixture.etag(id));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ids.get(i);
            String etag = etags.get(i);
            answers.add(pool.submit(() -> {
                start.await();
                return as("township_officer").header("If-Match", etag)
                        .body(Map.of("action", "issue-certificate", "pledgeSigned", true))
                        .post("/api/v1/permits/" + id + "/transitions");
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Future<Response> f : answers) {
            Response r = f.get();
            codes.add(r.statusCode());
            if (r.statusCode() == 200) {
                numbers.add(sequence(r.jsonPath().getString("documents.find { it.kind == 'CERTIFICATE' }.number")));
            } else {
                r.then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("urn:anju:problem:crew-at-capacity"))
                        .body("activeJobs", equalTo(3)).body("maxConcurrentJobs", equalTo(3))
                        .body("titleZh", containsString("许可证未核发"))
                        .body("errors[0].messageZh", containsString("已达上限 3 个"));
            }
        }
        pool.shutdown();
        assertEquals(2, codes.stream().filter(c -> c == 200).count(), "issued: " + codes);
        assertEquals(n - 2, codes.stream().filter(c -> c == 409).count(), "refused: " + codes);
        assertEquals(3, RegistryStub.slots(crew).size());
        long stillBooks = ids.stream().filter(id -> permit(id).getString("state").equals("BOOK_ISSUED")).count();
        assertEquals(n - 2, stillBooks);
        // the refused consumed no certificate number: the next one follows the two issued
        String next = Fixture.bookIssuedWithCrew(UUID.randomUUID());
        int after = sequence(certificate(next).then().statusCode(200).extract().jsonPath()
                .getString("documents.find { it.kind == 'CERTIFICATE' }.number"));
        assertEquals(1, numbers.last() - numbers.first(), "consecutive: " + numbers);
        assertEquals(numbers.last() + 1, after);
    }

    @Test
    void aCrewFullOneAfterAnotherIsRefusedAsAtCapacityNotAsIneligible() {
        UUID crew = UUID.randomUUID();
        RegistryStub.limit(crew, 2, 0);
        List<String> ids = List.of(Fixture.bookIssuedWithCrew(crew), Fixture.bookIssuedWithCrew(crew), Fixture.bookIssuedWithCrew(crew));
        certificate(ids.get(0)).then().statusCode(200);
        certificate(ids.get(1)).then().statusCode(200);
        // registry's eligibility now reads the crew as full: the reservation is what refuses, naming the count
        RegistryStub.server.stubFor(WireMock.get(WireMock.urlPathMatching("/api/v1/crews/" + crew + "/eligibility"))
                .atPriority(1).willReturn(WireMock.aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"eligible\":false,\"reasons\":[{\"code\":\"AT_CONCURRENT_JOB_LIMIT\",\"message\":"
                                + "\"2 of 2\",\"messageZh\":\"已达上限\"}],\"activeJobs\":2,\"maxConcurrentJobs\":2}")));
        certificate(ids.get(2)).then().statusCode(409).body("type", equalTo("urn:anju:problem:crew-at-capacity"))
                .body("activeJobs", equalTo(2)).body("maxConcurrentJobs", equalTo(2));
        assertEquals("BOOK_ISSUED", permit(ids.get(2)).getString("state"));
    }

    @Test
    void registryDownAtTheReservationMeans503AndNothingIssued() {
        String before = Fixture.bookIssuedWithCrew(UUID.randomUUID());
        int last = sequence(certificate(before).then().statusCode(200).extract().jsonPath()
                .getString("documents.find { it.kind == 'CERTIFICATE' }.number"));
        String id = Fixture.bookIssuedWithCrew(RegistryStub.SLOTS_DOWN_CREW);
        certificate(id).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:registry-unavailable"))
                .body("titleZh", containsString("许可证未核发"));
        JsonPath p = permit(id);
        assertEquals("BOOK_ISSUED", p.getString("state"));
        assertEquals(List.of("BOOK"), p.getList("documents.kind"));
        assertEquals(0L, outbox(id, "crew.assigned", RegistryStub.SLOTS_DOWN_CREW));
        String after = Fixture.bookIssuedWithCrew(UUID.randomUUID());
        assertEquals(last + 1, sequence(certificate(after).then().statusCode(200).extract().jsonPath()
                .getString("documents.find { it.kind == 'CERTIFICATE' }.number")), "no number consumed");
    }

    @Test
    void aRollbackAfterTheReservationReleasesTheSlot() {
        UUID crew = UUID.randomUUID();
        String id = Fixture.bookIssuedWithCrew(crew);
        // the certificate's row cannot be written for this build: the transaction fails after the reservation
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("create or replace function "
                + "crew_slots_test_refuse() returns trigger language plpgsql as $$ begin if new.permit_id = '" + id
                + "' and new.kind = 'CERTIFICATE' then raise exception 'test: refused'; end if; return new; end $$; "
                + "drop trigger if exists crew_slots_test_refuse on permit_document; create trigger "
                + "crew_slots_test_refuse before insert on permit_document for each row execute function "
                + "crew_slots_test_refuse()").executeUpdate());
        try {
            certificate(id).then().statusCode(500);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("drop trigger crew_slots_test_refuse on "
                    + "permit_document").executeUpdate());
        }
        assertEquals(1, reservationCalls("PUT", crew, id));
        assertEquals(1, reservationCalls("DELETE", crew, id), "released after the rollback");
        assertEquals(Set.of(), RegistryStub.slots(crew));
        assertEquals("BOOK_ISSUED", permit(id).getString("state"));
        certificate(id).then().statusCode(200);
        assertEquals(Set.of(UUID.fromString(id)), RegistryStub.slots(crew));
    }

    @Test
    void aBuildWithoutACrewGetsOneAndThenItsCertificate() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.put("crewId", null);
        String id = Fixture.create(form).then().statusCode(201).extract().path("id");
        move("village_reviewer", id, "submit").then().statusCode(200)
                .body("warnings.code", hasItem("crew-missing"))
                .body("warnings.find { it.code == 'crew-missing' }.field", equalTo("crewId"))
                .body("warnings.find { it.code == 'crew-missing' }.messageZh", containsString("尚未确定施工队伍"))
                .body("warnings.find { it.code == 'crew-missing' }.message", containsString("No builder crew"));
        Fixture.submittedDaysAgo(id, 9);
        move("village_reviewer", id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200).body("warnings", nullValue());
        Fixture.visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        move("township_officer", id, "issue-book").then().statusCode(200);
        certificate(id).then().statusCode(422).body("violations[0].rule", equalTo("crew-eligible"));
        as("village_reviewer").header("If-Match", Fixture.etag(id)).body(Fixture.form(permit(id).getString(
                "householdId"))).put("/api/v1/permits/" + id).then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:not-a-draft")).body("detail", containsString("assign-crew"));

        UUID crew = UUID.randomUUID();
        move("township_officer", id, Map.of("action", "assign-crew", "crewId", crew.toString())).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        assignCrew("township_officer", id, crew, false).then().statusCode(200)
                .body("state", equalTo("BOOK_ISSUED")).body("crewId", equalTo(crew.toString()));
        assertEquals(0, reservationCalls("PUT", crew, id), "a book holds no slot: the certificate reserves it");
        JsonPath entry = lastEntry(id);
        assertEquals("assign-crew", entry.getString("action"));
        assertEquals("BOOK_ISSUED", entry.getString("toState"));
        assertEquals("原施工队伍退出，更换施工队伍", entry.getString("reason"));
        assertEquals(java.util.Arrays.asList(null, crew.toString()), changes(entry).getList("crew"));
        assignCrew("township_officer", id, crew, false).then().statusCode(422)
                .body("violations[0].rule", equalTo("crew-changed"));

        certificate(id).then().statusCode(200).body("state", equalTo("PERMITTED"));
        assertEquals(1, reservationCalls("PUT", crew, id));
        assertEquals(1L, outbox(id, "crew.assigned", crew));
    }

    @Test
    void assigningAnotherCrewToAPermittedBuildMovesItsSlot() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String id = Fixture.bookIssuedWithCrew(first);
        certificate(id).then().statusCode(200);
        assignCrew("township_officer", id, second, false).then().statusCode(400)
                .body("errors.field", hasItem("pledgeSigned"));
        RegistryStub.limit(second, 1, 1);
        assignCrew("township_officer", id, second, true).then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:crew-at-capacity"))
                .body("activeJobs", equalTo(1)).body("maxConcurrentJobs", equalTo(1))
                .body("titleZh", containsString("未变更施工队伍"));
        assertEquals(first.toString(), permit(id).getString("crewId"));

        UUID third = UUID.randomUUID();
        assignCrew("township_officer", id, third, true).then().statusCode(200)
                .body("state", equalTo("PERMITTED")).body("crewId", equalTo(third.toString()));
        assertEquals(Set.of(UUID.fromString(id)), RegistryStub.slots(third));
        // the old slot is freed by the outbox after the commit, like at withdrawal
        assertEquals(1L, outbox(id, "crew.released", first));
        assertEquals(1L, outbox(id, "crew.assigned", third));
        JsonPath changes = changes(lastEntry(id));
        assertEquals(List.of(first.toString(), third.toString()), changes.getList("crew"));
        assertEquals(first.toString(), changes.getString("crewReleased"));
        assertEquals(List.of("PERMITTED", "PERMITTED"), changes.getList("state"));
    }

    @Test
    void aCrewCannotBeChangedAfterSettingOut() {
        String id = Fixture.bookIssuedWithCrew(UUID.randomUUID());
        certificate(id).then().statusCode(200);
        Fixture.visitPassed(id, "SETTING_OUT").then().statusCode(200);
        assertEquals("UNDER_CONSTRUCTION", permit(id).getString("state"));
        assignCrew("township_officer", id, UUID.randomUUID(), true).then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:transition-not-allowed"))
                .body("allowedActions", not(hasItem("assign-crew")));
    }

    @Test
    void onlyTheApproverOfTheTrackAssignsACrew() {
        String id = Fixture.bookIssuedWithCrew(UUID.randomUUID());
        for (String role : List.of("village_reviewer", "county_clerk", "county_admin")) {
            assignCrew(role, id, UUID.randomUUID(), false).then().statusCode(403)
                    .body("allowedRoles", equalTo(List.of("township_officer")));
        }
        assertTrue(permit(id).getList("allowedActions").contains("assign-crew"));
    }
}
