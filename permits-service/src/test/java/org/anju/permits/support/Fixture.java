package org.anju.permits.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.anju.common.event.Events;
import org.anju.common.identity.ResidentIdNumber;
import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.permit.Permit;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test helpers over the real API: callers, households, applications, layers, transitions, events. */
public final class Fixture {

    public static final String TOWNSHIP = "369901100000";
    public static final String VILLAGE = "369901100201";
    public static final double LAT = 28.452;
    public static final double LNG = 117.963;
    /** Inside the test hazard zone and 5.6 m from the test provincial road S-TEST. */
    public static final double BAD_LAT = 28.46005;
    public static final double BAD_LNG = 117.969;

    private Fixture() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role + "-tester", List.of(Role.fromWire(role)),
                List.of(TOWNSHIP), 300)).contentType(ContentType.JSON);
    }

    public static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(18000));
        String first17 = "369901" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        return first17 + ResidentIdNumber.checkDigit(first17);
    }

    public static String household() {
        return as("village_reviewer").body(Map.of("headName", "王建国", "headResidentId", residentId(),
                "registerNumber", "HK-" + UUID.randomUUID().toString().substring(0, 8), "villageCode", VILLAGE))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> form(String householdId) {
        Map<String, Object> f = new HashMap<>();
        f.put("householdId", householdId);
        // each build its own plot and approval: an active build holds both county-wide (plot-held)
        String unique = UUID.randomUUID().toString().substring(0, 8);
        f.put("homesteadApprovalRef", "宅批(2026)第" + unique + "号");
        f.put("plotId", "JC-" + unique);
        f.put("plotArea", 150);
        f.put("lat", LAT);
        f.put("lng", LNG);
        f.put("address", "示范县城关镇东门村 3 组 18 号");
        f.put("kind", "NEW_BUILD");
        f.put("storeys", 2);
        f.put("heightM", 7.2);
        f.put("floorArea", 220);
        f.put("investment", 250000);
        f.put("structure", "BRICK_CONCRETE");
        f.put("standardDrawingSetId", "TYT-2024-07");
        f.put("crewId", UUID.nameUUIDFromBytes("anju-demo-crew-1".getBytes()).toString());
        f.put("plannedStartOn", "2026-12-15");
        return f;
    }

    public static Response create(Map<String, Object> form) {
        ensureLayers();
        return as("village_reviewer").body(form).post("/api/v1/permits");
    }

    private static volatile boolean layersLoaded;

    /** The test layers, uploaded once per test run: a county without them refuses every submission (layer-missing). */
    public static synchronized void ensureLayers() {
        if (!layersLoaded) {
            layers();
            layersLoaded = true;
        }
    }

    public static String draft() {
        return create(form(household())).then().statusCode(201).extract().path("id");
    }

    public static String etag(String permitId) {
        return as("county_clerk").get("/api/v1/permits/" + permitId).then().statusCode(200).extract().header("ETag");
    }

    public static Response move(String role, String permitId, Map<String, Object> body) {
        return as(role).header("If-Match", etag(permitId)).body(body)
                .post("/api/v1/permits/" + permitId + "/transitions");
    }

    public static Response move(String role, String permitId, String action) {
        return move(role, permitId, Map.of("action", action));
    }

    public static Response event(String type, Map<String, Object> payload) {
        return given().auth().oauth2(TestTokens.service("inspections-service")).contentType(ContentType.JSON)
                .body(Map.of("id", UUID.randomUUID().toString(), "type", type, "aggregateId", payload.get("permitId"),
                        "occurredAt", "2026-11-28T10:00:00+08:00", "payload", payload))
                .post("/api/v1/events");
    }

    /** A visit passed, as inspections-service writes it (the shared record, serialized as its outbox does). */
    public static Response visitPassed(String permitId, String visitType) {
        return event(Events.VisitPassed.TYPE, payload(new Events.VisitPassed(UUID.fromString(permitId),
                UUID.randomUUID(), visitType, OffsetDateTime.parse("2026-11-28T10:00:00+08:00"))));
    }

    /** An event record as the payload map a relay sends. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> payload(Object event) {
        return WIRE.convertValue(event, Map.class);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper WIRE = new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules().disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * Moves the build's submission back by so many days, as if it had been taken in then: the public notice may start
     * no earlier than the submission, so a test whose notice period has run needs an older submission.
     */
    public static void submittedDaysAgo(String permitId, int days) {
        QuarkusTransaction.requiringNew().run(() -> Permit.update("submittedAt = ?1 where id = ?2",
                OffsetDateTime.now().minusDays(days), UUID.fromString(permitId)));
    }

    /** A fresh build with its book issued, whose crew is this one (a crew the registry stub answers for). */
    public static String bookIssuedWithCrew(UUID crew) {
        String id = surveyed();
        move("township_officer", id, "issue-book").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Permit.update("crewId = ?1 where id = ?2", crew,
                UUID.fromString(id)));
        return id;
    }

    /** Takes a fresh draft to SITE_SURVEYED. */
    public static String surveyed() {
        String id = draft();
        move("village_reviewer", id, "submit").then().statusCode(200);
        submittedDaysAgo(id, 9);
        move("village_reviewer", id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200);
        visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        return id;
    }

    /** Uploads the test layers (same content every time, so repeated runs see the same county). */
    public static void layers() {
        StringBuilder areas = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String[][] villages = { { "369901100201", "28.452", "117.963" }, { "369901100202", "28.47", "117.943" },
                { "369901100203", "28.452", "117.923" }, { "369901100204", "28.434", "117.943" } };
        for (int i = 0; i < villages.length; i++) {
            double lat = Double.parseDouble(villages[i][1]);
            double lng = Double.parseDouble(villages[i][2]);
            areas.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"villageCode\":\"")
                    .append(villages[i][0]).append("\"},\"geometry\":").append(square(lat, lng, 0.012)).append('}');
        }
        upload("PLANNING_AREAS", areas.append("]}").toString()).then().statusCode(201);
        upload("HAZARD_ZONES", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"东门村滑坡隐患区\"},\"geometry\":" + square(28.460, 117.969, 0.002) + "}]}")
                .then().statusCode(201);
        upload("ROADS", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"roadClass\":\"PROVINCIAL\",\"name\":\"S-TEST\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[117.960,28.460],[117.975,28.460]]}}]}").then().statusCode(201);
    }

    public static String square(double lat, double lng, double half) {
        return String.format("{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                lng - half, lat - half, lng + half, lat - half, lng + half, lat + half, lng - half, lat + half,
                lng - half, lat - half);
    }

    public static Response upload(String kind, String geojson) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(geojson)
                .post("/api/v1/layers/" + kind + "/versions");
    }
}
