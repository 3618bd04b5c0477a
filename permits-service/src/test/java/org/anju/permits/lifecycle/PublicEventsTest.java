package org.anju.permits.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.permit.Permit;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The four moves outside systems subscribe to (through the gateway's webhooks) are recorded for the gateway in the
 * transaction of the move: one event per move, none when the move is refused or rolled back, and no person in it.
 */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class PublicEventsTest {

    private static boolean layers;

    @Inject
    EntityManager em;

    @Inject
    PermitLifecycle lifecycle;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void county() {
        if (!layers) {
            Fixture.layers();
            layers = true;
        }
        RegistryStub.stubs();
    }

    @Test
    void submissionBookCertificateAndCompletionEachWriteOneGatewayEvent() throws Exception {
        String id = draft(Fixture.form(household()));
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "submit")).then().statusCode(200);
        assertEquals(List.of("application.submitted"), types(id));
        Fixture.submittedDaysAgo(id, 9);
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200);
        Fixture.visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        String book = move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-book")).then().statusCode(200)
                .extract().path("documents.find { it.kind == 'BOOK' }.number");
        String certificate = move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-certificate",
                "pledgeSigned", true)).then().statusCode(200)
                .extract().path("documents.find { it.kind == 'CERTIFICATE' }.number");
        for (String visit : new String[] { "SETTING_OUT", "FOUNDATION_TRENCH", "KEY_MILESTONE", "MAIN_STRUCTURE",
                "COMPLETION_ACCEPTANCE" }) {
            Fixture.visitPassed(id, visit).then().statusCode(200);
        }
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("state", equalTo("COMPLETED"));

        assertEquals(List.of("application.submitted", "book.issued", "certificate.issued", "build.completed"),
                types(id));
        List<JsonNode> payloads = payloads(id);
        JsonNode submitted = payloads.get(0);
        assertEquals(id, submitted.path("permitId").asText());
        assertEquals("369901", submitted.path("county").asText());
        assertEquals(Fixture.TOWNSHIP, submitted.path("township").asText());
        assertEquals(Fixture.VILLAGE, submitted.path("village").asText());
        assertEquals("SUBMITTED", submitted.path("state").asText());
        assertTrue(submitted.path("applicationNumber").asText().startsWith("A"), submitted.toString());
        assertTrue(submitted.hasNonNull("occurredAt"));
        assertEquals(book, payloads.get(1).path("documentNumber").asText());
        assertEquals("BOOK_ISSUED", payloads.get(1).path("state").asText());
        assertEquals(certificate, payloads.get(2).path("documentNumber").asText());
        assertEquals("PERMITTED", payloads.get(2).path("state").asText());
        assertEquals("COMPLETED", payloads.get(3).path("state").asText());
        for (JsonNode p : payloads) {
            // the household head's name, ID number and register number, and the address, stay in permits-service
            assertFalse(p.toString().contains("王建国") || p.has("headResidentId") || p.has("address")
                    || p.has("householdId"), p.toString());
        }
    }

    @Test
    void refusedMovesWriteNoGatewayEvent() {
        Map<String, Object> form = Fixture.form(household());
        form.put("lat", Fixture.BAD_LAT);
        form.put("lng", Fixture.BAD_LNG);
        String refused = draft(form);
        move(Role.VILLAGE_REVIEWER, refused, Map.of("action", "submit")).then().statusCode(422);
        assertEquals(List.of(), types(refused));

        String id = surveyed();
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-book")).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update permit set crew_id = ?1 where id = ?2")
                .setParameter(1, RegistryStub.REFUSED_CREW).setParameter(2, UUID.fromString(id)).executeUpdate());
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-certificate", "pledgeSigned", true)).then()
                .statusCode(422);
        assertEquals(List.of("application.submitted", "book.issued"), types(id));
    }

    @Test
    void theEventRollsBackWithTheMove() {
        String id = draft(Fixture.form(household()));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Permit p = em.find(Permit.class, UUID.fromString(id));
            lifecycle.apply(p, "\"" + p.version + "\"", new TransitionRequest(Action.SUBMIT, null, null, null),
                    new History.Actor("tester", "village_reviewer"), Role.VILLAGE_REVIEWER);
            assertEquals(List.of("application.submitted"), types(id), "written in the move's own transaction");
            throw new IllegalStateException("something after the move failed");
        }));
        assertEquals(List.of(), types(id));
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("state", equalTo("DRAFT"));
    }

    private List<String> types(String permitId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select event_type from outbox_event where destination = 'gateway' "
                + "and aggregate_id = ?1 order by seq").setParameter(1, permitId).getResultList();
        return rows;
    }

    private List<JsonNode> payloads(String permitId) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select payload from outbox_event where destination = 'gateway' "
                + "and aggregate_id = ?1 order by seq").setParameter(1, permitId).getResultList();
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String row : rows) {
            out.add(json.readTree(row));
        }
        return out;
    }

    private static RequestSpecification as(Role role) {
        return given().auth().oauth2(TestTokens.as(role, Fixture.TOWNSHIP)).contentType(ContentType.JSON);
    }

    private static String household() {
        return as(Role.VILLAGE_REVIEWER).body(Map.of("headName", "王建国", "headResidentId", Fixture.residentId(),
                "registerNumber", "HK-" + UUID.randomUUID().toString().substring(0, 8), "villageCode",
                Fixture.VILLAGE)).post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    private static String draft(Map<String, Object> form) {
        Fixture.ensureLayers();
        return as(Role.VILLAGE_REVIEWER).body(form).post("/api/v1/permits").then().statusCode(201).extract().path("id");
    }

    private static Response move(Role role, String id, Map<String, Object> body) {
        String etag = as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().statusCode(200).extract()
                .header("ETag");
        return as(role).header("If-Match", etag).body(body).post("/api/v1/permits/" + id + "/transitions");
    }

    private static String surveyed() {
        String id = draft(Fixture.form(household()));
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "submit")).then().statusCode(200);
        Fixture.submittedDaysAgo(id, 9);
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200);
        Fixture.visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        return id;
    }
}
