package org.anju.gateway.front;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Anyone may verify a certificate, as often as a person would; a script walking the numbers is slowed to a crawl. */
@QuarkusTest
class PublicRateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aClientHasABurstThenOneRequestPerRefill() {
        PublicRateLimit limit = new PublicRateLimit(60, 3, new ObjectMapper());
        assertEquals(0, limit.take("10.0.0.1", 0));
        assertEquals(0, limit.take("10.0.0.1", 0));
        assertEquals(0, limit.take("10.0.0.1", 0));
        assertEquals(1, limit.take("10.0.0.1", 0), "the fourth at once waits a second (60 a minute)");
        assertEquals(0, limit.take("10.0.0.2", 0), "another client has its own budget");
        assertEquals(0, limit.take("10.0.0.1", SECOND), "a second later there is one again");
        assertEquals(1, limit.take("10.0.0.1", SECOND));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.take("10.0.0.1", 100 * SECOND), "an idle client's bucket fills to the burst");
        }
    }

    @Test
    void theThirtyFirstQuickCheckIsRefusedWith429() {
        Response refused = null;
        int ok = 0;
        for (int i = 0; i < 40 && refused == null; i++) {
            Response r = given().when().get("/verify/certificate/369901-2026-" + String.format("%06d", i));
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode());
                ok++;
            }
        }
        assertTrue(refused != null && ok <= 31, "refused after at most 31 quick checks, not " + ok);
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:rate-limited"))
                .body("status", equalTo(429));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
    }
}
