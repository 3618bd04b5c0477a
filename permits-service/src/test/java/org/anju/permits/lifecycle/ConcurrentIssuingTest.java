package org.anju.permits.lifecycle;

import static org.anju.permits.support.Fixture.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Fifty books issued at once get fifty distinct, consecutive numbers. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class ConcurrentIssuingTest {

    @Test
    void fiftyConcurrentIssuingsGetFiftyConsecutiveNumbers() throws Exception {
        Fixture.layers();
        List<String> ids = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = Fixture.surveyed();
            ids.add(id);
            etags.add(Fixture.etag(id));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = ids.get(i);
            String etag = etags.get(i);
            numbers.add(pool.submit(() -> {
                start.await();
                return as("township_officer").header("If-Match", etag).body(Map.of("action", "issue-book"))
                        .post("/api/v1/permits/" + id + "/transitions").then().statusCode(200).extract()
                        .path("documents[0].number");
            }));
        }
        start.countDown();
        TreeSet<Integer> seqs = new TreeSet<>();
        String prefix = null;
        for (Future<String> f : numbers) {
            String n = f.get();
            prefix = n.substring(0, n.lastIndexOf('-'));
            seqs.add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        assertEquals(50, seqs.size(), "distinct numbers");
        assertEquals(49, seqs.last() - seqs.first(), "consecutive numbers " + prefix + " " + seqs);
    }
}
