package org.anju.permits.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.anju.common.event.Events;
import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Builds taken through the real API with real tokens, to the stage a test needs. */
public final class Builds {

    public static final String CHENGGUAN = TestTokens.CHENGGUAN;
    public static final String QINGSHI = TestTokens.QINGSHI;
    /** 东门村 of 城关镇, inside the test planning area. */
    public static final String VILLAGE = Fixture.VILLAGE;
    /** 青石村 of 青石镇, and its centre. */
    public static final String QINGSHI_VILLAGE = "369901101201";

    private Builds() {
    }

    /** A caller of this role in 城关镇 (county-wide roles see the county anyway). */
    public static RequestSpecification as(Role role) {
        return as(role, CHENGGUAN);
    }

    public static RequestSpecification as(Role role, String township) {
        String token = township == null ? TestTokens.as(role) : TestTokens.as(role, township);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A household of the village, its head named so. */
    public static String household(String headName, String village, String township) {
        return as(Role.VILLAGE_REVIEWER, township).body(Map.of("headName", headName, "headResidentId",
                Fixture.residentId(), "registerNumber", "HK-" + UUID.randomUUID().toString().substring(0, 8),
                "villageCode", village)).post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    /** A draft of 城关镇 东门村 for a new household whose head is so named. */
    public static String draft(String headName) {
        return draft(household(headName, VILLAGE, CHENGGUAN), CHENGGUAN);
    }

    /** A draft for the household (of 城关镇 东门村, or of 青石村 when {@code township} is 青石镇). */
    public static String draft(String householdId, String township) {
        Map<String, Object> form = Fixture.form(householdId);
        if (QINGSHI.equals(township)) {
            form.put("lat", 28.512);
            form.put("lng", 117.891);
        }
        Fixture.ensureLayers();
        return as(Role.VILLAGE_REVIEWER, township).body(form).post("/api/v1/permits").then().statusCode(201)
                .extract().path("id");
    }

    public static String etag(String permitId) {
        return as(Role.COUNTY_CLERK).get("/api/v1/permits/" + permitId).then().statusCode(200).extract()
                .header("ETag");
    }

    public static Response move(Role role, String permitId, Map<String, Object> body) {
        return as(role).header("If-Match", etag(permitId)).body(body)
                .post("/api/v1/permits/" + permitId + "/transitions");
    }

    /** Submitted today (the test layers uploaded first). */
    public static String submitted(String headName) {
        Fixture.layers();
        String id = draft(headName);
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "submit")).then().statusCode(200);
        return id;
    }

    /** Village-reviewed, its notice period over, the survey not yet passed. */
    public static String reviewed(String headName) {
        String id = submitted(headName);
        Fixture.submittedDaysAgo(id, 9);
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200);
        return id;
    }

    /** The book issued (the site survey passed). */
    public static String bookIssued(String headName) {
        String id = reviewed(headName);
        Fixture.visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-book")).then().statusCode(200);
        return id;
    }

    /** The certificate issued today. */
    public static String permitted(String headName) {
        String id = bookIssued(headName);
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-certificate", "pledgeSigned", true)).then()
                .statusCode(200);
        return id;
    }

    /** A visit passed at the given moment (ISO-8601 with offset), as inspections-service reports it. */
    public static Response passed(String permitId, String visitType, String passedAt) {
        return Fixture.event("visit.passed", Map.of("permitId", permitId, "visitId", UUID.randomUUID().toString(),
                "visitType", visitType, "passedAt", passedAt));
    }

    /** A stop-work issued or lifted, as inspections-service writes it (the shared records). */
    public static Response stopWork(String permitId, String noticeId, boolean lifted) {
        UUID permit = UUID.fromString(permitId);
        UUID notice = UUID.fromString(noticeId);
        return lifted ? Fixture.event(Events.StopWorkLifted.TYPE, Fixture.payload(new Events.StopWorkLifted(permit, notice)))
                : Fixture.event(Events.StopWorkIssued.TYPE, Fixture.payload(new Events.StopWorkIssued(permit, notice, "test")));
    }
}
