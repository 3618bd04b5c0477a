package org.anju.registry.crew;

import static org.anju.registry.Fixtures.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anju.registry.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrentFilingTest {

    private static List<Response> inParallel(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentFilingsGetDistinctConsecutiveNumbers() throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String leader = Fixtures.craftsman();
            var body = Fixtures.crewBody(leader, List.of(leader));
            calls.add(() -> admin().body(body).post("/api/v1/crews"));
        }
        List<Integer> sequences = new ArrayList<>();
        for (Response r : inParallel(calls)) {
            assertEquals(201, r.statusCode(), r.asString());
            String number = r.path("registrationNumber");
            sequences.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
        }
        Collections.sort(sequences);
        for (int i = 1; i < sequences.size(); i++) {
            assertEquals(sequences.get(0) + i, sequences.get(i), "numbers " + sequences);
        }
    }

    @Test
    void twoCrewsRacingForOneCraftsmanGetOneFilingAndOneConflict() throws Exception {
        String shared = Fixtures.craftsman();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String leader = Fixtures.craftsman();
            var body = Fixtures.crewBody(leader, List.of(leader, shared));
            calls.add(() -> admin().body(body).post("/api/v1/crews"));
        }
        List<Integer> statuses = new ArrayList<>(inParallel(calls).stream().map(Response::statusCode).toList());
        Collections.sort(statuses);
        assertEquals(List.of(201, 409), statuses);
    }

    @Test
    void sameResidentIdRegisteredTwiceAtOnceGivesOne201AndOne409() throws Exception {
        var body = Fixtures.craftsmanBody(Fixtures.uniqueName("并发"));
        List<Callable<Response>> calls = List.of(() -> admin().body(body).post("/api/v1/craftsmen"),
                () -> admin().body(body).post("/api/v1/craftsmen"));
        List<Integer> statuses = new ArrayList<>(inParallel(calls).stream().map(Response::statusCode).toList());
        Collections.sort(statuses);
        assertEquals(List.of(201, 409), statuses);
    }
}
