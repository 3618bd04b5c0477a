package org.anju.inspections.export;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.VILLAGE;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** GET /api/v1/visits/blds: recorded visits of builds as BLDS inspections, in the order they reached Anju. */
@QuarkusTest
class BldsInspectionExportTest {

    private static final String PATH = "/api/v1/visits/blds";
    private static final String CHENGGUAN = TestTokens.CHENGGUAN;
    private static final String QINGSHI = TestTokens.QINGSHI;
    private static final String QINGSHI_VILLAGE = "369901101201";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A permit of the township that permits-service (WireMock) says needs {@code nextVisit}. */
    private static UUID permit(String township, String nextVisit) {
        UUID id = UUID.randomUUID();
        PermitsStub.siteForToken(id, township, township.equals(CHENGGUAN) ? VILLAGE : QINGSHI_VILLAGE, SITE_LAT,
                SITE_LNG, nextVisit);
        return id;
    }

    /** The application number the stub gives the permit. */
    private static String number(UUID permit) {
        return "369901-2026-A" + permit.toString().substring(0, 6);
    }

    private static String visit(String township, UUID permit, String type, double metresAway, String outcome) {
        return as(TestTokens.inspector(township)).body(Map.of("permitId", permit, "type", type, "checkIn",
                checkIn(north(metresAway), SITE_LNG, 8.0), "answers", trenchAnswers(true), "outcome", outcome))
                .post("/api/v1/visits").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> harvest(String token, String since, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParam("changedSince", since).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            rows.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String visitId) {
        return rows.stream().filter(r -> visitId.equals(((Map<?, ?>) r.get("ExtraFields")).get("visitId"))).findFirst()
                .orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void visitsInTheBldsVocabularyLinkedToTheirPermitByNumber() {
        String since = OffsetDateTime.now().toString();
        UUID permit = permit(CHENGGUAN, "FOUNDATION_TRENCH");
        String passed = visit(CHENGGUAN, permit, "FOUNDATION_TRENCH", 20, "PASSED_WITH_CONDITIONS");
        as(TestTokens.inspector(CHENGGUAN)).body(Map.of("type", "SCAFFOLDING_FALL_PROTECTION", "grade", "MAJOR",
                "description", "二层临边未设防护栏杆", "responsiblePerson", "李建国"))
                .post("/api/v1/visits/" + passed + "/hazards").then().statusCode(201);
        UUID away = permit(CHENGGUAN, "FOUNDATION_TRENCH");
        String offSite = visit(CHENGGUAN, away, "FOUNDATION_TRENCH", 2000, "PASSED");
        String scheduled = as(TestTokens.inspector(CHENGGUAN)).body(Map.of("permitId", permit(CHENGGUAN,
                "KEY_MILESTONE"), "type", "KEY_MILESTONE", "scheduledDate", "2031-03-04")).post("/api/v1/visits")
                .then().statusCode(201).extract().path("id");

        List<Map<String, Object>> rows = harvest(TestTokens.as(Role.COUNTY_CLERK), since, 100);
        Map<String, Object> r = row(rows, passed);
        assertNotNull(r);
        assertEquals(number(permit), r.get("PermitNum"), "PermitNum links to the BLDS permits export");
        assertEquals("FOUNDATION_TRENCH", r.get("InspType"));
        assertEquals("Foundation", r.get("InspTypeMapped"));
        assertEquals("PASSED_WITH_CONDITIONS", r.get("Result"));
        assertEquals("Partial", r.get("ResultMapped"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), r.get("InspectedDate"));
        assertEquals("No", r.get("Final"));
        assertEquals("No", r.get("ReInspection"));
        assertTrue(((String) r.get("Description")).startsWith("基槽验槽到场巡查，发现隐患 1 项（较大及以上 1 项） / "),
                (String) r.get("Description"));
        Map<String, Object> extra = (Map<String, Object>) r.get("ExtraFields");
        assertEquals(permit.toString(), extra.get("permitId"));
        assertEquals(1, extra.get("hazards"));
        assertEquals(1, extra.get("majorHazards"));
        assertEquals(true, extra.get("onSite"));

        Map<String, Object> o = row(rows, offSite);
        assertEquals("NOT_ON_SITE", o.get("Result"));
        assertEquals("Cancelled", o.get("ResultMapped"), "a check-in 2 km away did not count as an inspection");
        assertEquals("Yes", o.get("ReInspection"));
        assertEquals(false, ((Map<String, Object>) o.get("ExtraFields")).get("onSite"));

        assertNull(row(rows, scheduled), "a visit not made yet is not an inspection");
        assertFalse(rows.toString().contains("李建国"), "no names of people");
    }

    @Test
    void aTownshipInspectorExportsOnlyHisTownship() {
        String since = OffsetDateTime.now().toString();
        String own = visit(CHENGGUAN, permit(CHENGGUAN, "FOUNDATION_TRENCH"), "FOUNDATION_TRENCH", 20, "PASSED");
        String other = visit(QINGSHI, permit(QINGSHI, "FOUNDATION_TRENCH"), "FOUNDATION_TRENCH", 20, "FAILED");

        List<Map<String, Object>> mine = harvest(TestTokens.inspector(CHENGGUAN), since, 100);
        assertNotNull(row(mine, own));
        assertNull(row(mine, other), "another township's visit never reaches a township inspector");
        as(TestTokens.inspector(CHENGGUAN)).queryParam("township", QINGSHI).queryParam("changedSince", since)
                .get(PATH).then().statusCode(200).body("items.size()", equalTo(0));

        List<Map<String, Object>> county = harvest(TestTokens.as(Role.BUREAU_READER), since, 100);
        assertNotNull(row(county, own));
        assertEquals("Rejected", row(county, other).get("ResultMapped"));
    }

    @Test
    void pagesOfOneInOrderAndCsvWithTheNextLink() {
        String since = OffsetDateTime.now().toString();
        List<String> ids = List.of(
                visit(CHENGGUAN, permit(CHENGGUAN, "FOUNDATION_TRENCH"), "FOUNDATION_TRENCH", 10, "PASSED"),
                visit(CHENGGUAN, permit(CHENGGUAN, "FOUNDATION_TRENCH"), "FOUNDATION_TRENCH", 10, "FAILED"),
                visit(CHENGGUAN, permit(CHENGGUAN, "FOUNDATION_TRENCH"), "FOUNDATION_TRENCH", 10, "PASSED"));
        List<Map<String, Object>> paged = harvest(TestTokens.as(Role.COUNTY_ADMIN), since, 1);
        assertEquals(ids, paged.stream().map(r -> (String) ((Map<?, ?>) r.get("ExtraFields")).get("visitId"))
                .filter(ids::contains).toList());
        assertEquals("Yes", row(paged, ids.get(1)).get("ReInspection"), "a failed visit must be made again");

        Response csv = as(TestTokens.as(Role.COUNTY_ADMIN)).accept("text/csv").queryParam("changedSince", since)
                .queryParam("limit", 2).get(PATH);
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Link", containsString("rel=\"next\""));
        String[] lines = csv.asString().split("\r\n");
        assertEquals("PermitNum,InspType,InspTypeMapped,Result,ResultMapped,ScheduledDate,InspectedDate,InspectedTime,"
                + "Description,Final,ReInspection,ExtraFields", lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("369901-2026-A"), lines[1]);
        assertTrue(lines[2].contains(",FOUNDATION_TRENCH,Foundation,FAILED,Rejected,"), lines[2]);
    }

    @Test
    void badFiltersAreNamed() {
        String clerk = TestTokens.as(Role.COUNTY_CLERK);
        as(clerk).queryParam("changedSince", "yesterday").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("changedSince"));
        as(clerk).queryParam("township", "369901999000").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("township"));
        as(clerk).queryParam("limit", -1).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get(PATH).then().statusCode(401);
        as(TestTokens.service()).get(PATH).then().statusCode(403);
    }

    @Test
    void everyVisitTypeHasAMappedTypeAndADescription() {
        for (org.anju.inspections.visit.VisitType type : org.anju.inspections.visit.VisitType.values()) {
            assertNotNull(BldsInspections.typeMapped(type));
            assertTrue(BldsInspections.description(type, org.anju.inspections.visit.VisitOutcome.PASSED, 0, 0)
                    .contains("未发现隐患 / "), type.name());
        }
        assertEquals("竣工验收到场巡查，签到不在现场，不计入，发现隐患 2 项（较大及以上 0 项） / completion acceptance visit, "
                + "checked in away from the site: does not count, 2 hazards (0 major or critical)",
                BldsInspections.description(org.anju.inspections.visit.VisitType.COMPLETION_ACCEPTANCE,
                        org.anju.inspections.visit.VisitOutcome.NOT_ON_SITE, 2, 0));
    }
}
