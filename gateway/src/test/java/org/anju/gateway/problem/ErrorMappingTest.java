package org.anju.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The shared error mapping, one test per kind of error, as a caller sees it. */
@QuarkusTest
class ErrorMappingTest {

    private static final String VALID = "{\"name\":\"王建国\",\"storeys\":2,\"residentId\":\"11010519491231002X\"}";

    @Inject
    EntityManager em;

    @Test
    void validationNamesEachFieldAndRuleInBothLanguages() {
        given().contentType(ContentType.JSON).body("{\"name\":\" \",\"storeys\":9,\"residentId\":\"110105194912310021\"}")
                .when().post("/test/problems/validated")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:validation"))
                .body("title", equalTo("请求参数无效 / Invalid request"))
                .body("errors.field", hasItems("name", "storeys", "residentId"))
                .body("errors.find { it.field == 'storeys' }.rule", equalTo("Max"))
                .body("errors.find { it.field == 'storeys' }.message", equalTo("must be less than or equal to 6"))
                .body("errors.find { it.field == 'storeys' }.messageZh", equalTo("最大不能超过6"))
                .body("errors.find { it.field == 'residentId' }.rule", equalTo("ResidentId"))
                .body("errors.find { it.field == 'residentId' }.messageZh", containsString("校验码"));
    }

    @Test
    void oversizedBodyIs413ProblemBeforeItIsRead() {
        byte[] body = new byte[17 * 1024 * 1024];
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auth/login")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:payload-too-large"))
                .body("titleZh", equalTo("请求体过大"))
                .body("limitBytes", equalTo(16 * 1024 * 1024));
    }

    @Test
    void oversizedBodyThroughTheFrontDoorIsRefusedAtTheGateway() {
        byte[] body = new byte[17 * 1024 * 1024];
        given().contentType("image/jpeg").body(body).when().post("/api/v1/photos")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:payload-too-large"));
    }

    @Test
    void missingBodyIsAValidationError() {
        given().contentType(ContentType.JSON).when().post("/test/problems/validated")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:validation"));
    }

    @Test
    void unknownIdIs404() {
        given().when().get("/test/problems/things/77")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:not-found"))
                .body("detail", equalTo("Thing 77 does not exist"));
    }

    @Test
    void malformedJsonIs400WithPosition() {
        given().contentType(ContentType.JSON).body("{\"name\": \"王\", storeys: 2}")
                .when().post("/test/problems/validated")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:malformed-json"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void wrongEnumValueNamesFieldAndAllowedValues() {
        given().contentType(ContentType.JSON).body("{\"name\":\"王\",\"storeys\":2,\"structure\":\"MUD\"}")
                .when().post("/test/problems/validated")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("structure"))
                .body("errors[0].rule", equalTo("format"))
                .body("errors[0].message", containsString("BRICK_CONCRETE, FRAME"));
    }

    @Test
    void unknownFieldIsRefusedByName() {
        given().contentType(ContentType.JSON).body("{\"name\":\"王\",\"storeys\":2,\"floors\":3}")
                .when().post("/test/problems/validated")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("unknown-field"))
                .body("errors[0].message", containsString("floors"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("name=王").when().post("/test/problems/validated")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:unsupported-media-type"))
                .body("titleZh", equalTo("不支持的内容类型"));
    }

    @Test
    void conflictIs409WithStateAndAllowedSteps() {
        given().when().post("/test/problems/conflict")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:transition-not-allowed"))
                .body("currentState", equalTo("FILED"))
                .body("allowed", hasItems("QUALIFIED", "REVOKED"))
                .body("$", not(hasKey("extensions")));
    }

    @Test
    void unexpectedFailureReturnsCorrelationIdNotStackTrace() {
        given().when().get("/test/problems/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:unexpected"))
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void staleIfMatchIs412AndMissingIs428() {
        given().header("If-Match", "\"2\"").when().put("/test/problems/versioned")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:stale-version"))
                .body("currentVersion", equalTo(3));
        given().when().put("/test/problems/versioned")
                .then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"3\"").when().put("/test/problems/versioned")
                .then().statusCode(200).body("version", equalTo(4));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndWritesOnce() {
        String key = "probe-" + System.nanoTime();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
                .when().post("/test/problems/idempotent")
                .then().statusCode(201).body("eventId", notNullValue()).extract().asString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
                .when().post("/test/problems/idempotent")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(first));
        long written = ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
        assertEquals(1, written);
    }

    @Test
    void idempotencyKeyReusedForAnotherRequestIs422() {
        String key = "probe-" + System.nanoTime();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
                .when().post("/test/problems/idempotent").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(VALID.replace("王建国", "李四"))
                .when().post("/test/problems/idempotent")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:idempotency-key-reused"));
    }

    @Test
    void failedWriteStoresNothingSoTheRetryIsEvaluatedAfresh() {
        String key = "probe-" + System.nanoTime();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID.replace("王建国", "fail"))
                    .when().post("/test/problems/idempotent")
                    .then().statusCode(422).header("Idempotent-Replayed", (String) null)
                    .body("type", equalTo("urn:anju:problem:probe-refused"));
        }
        long events = ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
        long keys = ((Number) em.createNativeQuery("select count(*) from idempotency_key where key = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
        assertEquals(0, events + keys);
    }
}
