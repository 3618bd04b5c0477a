package org.anju.permits.export;

import static io.restassured.RestAssured.given;
import static org.anju.permits.support.Builds.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.support.Builds;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** GET /api/v1/permits/blds: builds as BLDS open data, paged by last change, within the caller's townships. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class BldsPermitExportTest {

    @Inject
    EntityManager em;

    private static final String PATH = "/api/v1/permits/blds";

    private static String uniqueName(String given) {
        return "司马" + given + UUID.randomUUID().toString().substring(0, 4);
    }

    private static String since() {
        return OffsetDateTime.now().toString();
    }

    /** Every row changed since the moment, following the cursor through pages of {@code limit}. */
    private static List<Map<String, Object>> harvest(Role role, String township, String since, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(role, township).queryParam("changedSince", since).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            rows.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String permitNum) {
        return rows.stream().filter(r -> permitNum.equals(r.get("PermitNum"))).findFirst().orElse(null);
    }

    private static JsonPath permit(String id) {
        return as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPermittedBuildInTheBldsVocabularyWithoutPersonalIdentifiers() {
        String since = since();
        String name = uniqueName("许可");
        String id = Builds.permitted(name);
        JsonPath p = permit(id);
        String draft = Builds.draft(uniqueName("草稿"));

        List<Map<String, Object>> rows = harvest(Role.COUNTY_CLERK, null, since, 100);
        Map<String, Object> r = row(rows, p.getString("applicationNumber"));
        assertNotNull(r, "the permitted build is exported");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals("PERMITTED", r.get("StatusCurrent"));
        assertEquals("Permit Issued", r.get("StatusCurrentMapped"));
        // the day it was submitted (Builds takes a submission back 9 days, so that its public notice has run)
        assertEquals(java.time.OffsetDateTime.parse(p.getString("submittedAt"))
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate().toString(), r.get("AppliedDate"));
        assertEquals(today.toString(), r.get("IssuedDate"));
        assertNull(r.get("CompletedDate"));
        assertEquals("示范县城关镇东门村 3 组 18 号", r.get("OriginalAddress1"));
        assertEquals("东门村", r.get("OriginalAddress2"));
        assertEquals("城关镇", r.get("OriginalCity"));
        assertEquals("示范县", r.get("OriginalState"));
        assertEquals("369901", r.get("Jurisdiction"));
        assertEquals("Residential", r.get("PermitClassMapped"));
        assertEquals("NEW_BUILD", r.get("WorkClass"));
        assertEquals("New", r.get("WorkClassMapped"));
        assertEquals("Building", r.get("PermitTypeMapped"));
        assertEquals(2368, ((Number) r.get("TotalSqFt")).intValue(), "220 m² in square feet");
        assertEquals(1, r.get("HousingUnits"));
        assertEquals(250000, ((Number) r.get("EstProjectCost")).intValue());
        assertTrue(((String) r.get("Description")).startsWith("新建 2 层砖混结构农村自建住房，建筑面积 220.00 平方米"),
                (String) r.get("Description"));
        Map<String, Object> extra = (Map<String, Object>) r.get("ExtraFields");
        assertEquals(id, extra.get("permitId"));
        assertEquals(p.getString("documents.find { it.kind == 'CERTIFICATE' }.number"), extra.get("certificateNumber"));
        assertEquals(p.getString("documents.find { it.kind == 'BOOK' }.number"), extra.get("bookNumber"));
        assertEquals("CNY", extra.get("currency"));

        String everything = rows.toString();
        assertFalse(everything.contains(name), "no household head's name");
        assertFalse(everything.contains(draft), "drafts are not open data");
    }

    @Test
    void aTownshipOfficerExportsOnlyHisTownships() {
        String since = since();
        String chengguan = permit(Builds.submitted(uniqueName("城关"))).getString("applicationNumber");
        String qingshi = permit(qingshiSubmitted()).getString("applicationNumber");

        List<Map<String, Object>> own = harvest(Role.TOWNSHIP_OFFICER, Builds.CHENGGUAN, since, 100);
        assertNotNull(row(own, chengguan));
        assertNull(row(own, qingshi), "another township's build never reaches a township officer");
        assertTrue(own.stream().allMatch(r -> "城关镇".equals(r.get("OriginalCity"))));
        as(Role.TOWNSHIP_OFFICER, Builds.CHENGGUAN).queryParam("township", Builds.QINGSHI)
                .queryParam("changedSince", since).get(PATH).then().statusCode(200).body("items.size()", equalTo(0));

        List<Map<String, Object>> county = harvest(Role.BUREAU_READER, null, since, 100);
        assertNotNull(row(county, chengguan));
        assertNotNull(row(county, qingshi), "a bureau reads the whole county");
        assertEquals("Application Accepted", row(county, qingshi).get("StatusCurrentMapped"));
    }

    /** A build of 青石镇 taken in (its test site lies outside the test planning area, so intake is set directly). */
    private String qingshiSubmitted() {
        String id = Builds.draft(Builds.household(uniqueName("青石"), Builds.QINGSHI_VILLAGE, Builds.QINGSHI),
                Builds.QINGSHI);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update permit set state = 'SUBMITTED', "
                + "submitted_at = now(), updated_at = now() where id = ?1").setParameter(1, UUID.fromString(id))
                .executeUpdate());
        return id;
    }

    @Test
    void pagesFollowTheLastChangeAndAChangedBuildComesAgain() {
        String since = since();
        String first = Builds.submitted(uniqueName("一"));
        String second = Builds.submitted(uniqueName("二"));
        String third = Builds.submitted(uniqueName("三"));
        List<String> numbers = List.of(first, second, third).stream()
                .map(id -> permit(id).getString("applicationNumber")).toList();

        List<Map<String, Object>> paged = harvest(Role.COUNTY_CLERK, null, since, 1);
        assertEquals(numbers, paged.stream().map(r -> r.get("PermitNum")).filter(numbers::contains).toList(),
                "one row per build, in order of change, across pages of one");

        // a harvester keeps the moment of its last run: the build withdrawn since then is all it gets
        String afterHarvest = since();
        Builds.move(Role.VILLAGE_REVIEWER, first, Map.of("action", "withdraw", "reason", "户主放弃建房"))
                .then().statusCode(200);
        List<Map<String, Object>> changed = harvest(Role.COUNTY_CLERK, null, afterHarvest, 100);
        assertEquals(List.of(numbers.get(0)), changed.stream().map(r -> r.get("PermitNum"))
                .filter(numbers::contains).toList());
        assertEquals("Permit Cancelled", row(changed, numbers.get(0)).get("StatusCurrentMapped"));
    }

    @Test
    void csvHasTheBldsHeaderAndLinksTheNextPage() {
        String since = since();
        String a = permit(Builds.submitted(uniqueName("甲"))).getString("applicationNumber");
        String b = permit(Builds.submitted(uniqueName("乙"))).getString("applicationNumber");

        Response page1 = as(Role.COUNTY_CLERK).accept("text/csv").queryParam("changedSince", since)
                .queryParam("limit", 1).get(PATH);
        page1.then().statusCode(200).contentType(containsString("text/csv")).header("Link", containsString("rel=\"next\""));
        String[] lines = page1.asString().split("\r\n");
        assertTrue(lines[0].startsWith("PermitNum,Description,AppliedDate,IssuedDate,CompletedDate,StatusCurrent,"
                + "StatusCurrentMapped,StatusDate,OriginalAddress1"), lines[0]);
        assertTrue(lines[0].endsWith(",Latitude,Longitude,ExtraFields"), lines[0]);
        assertEquals(2, lines.length, "the header and one row");
        assertTrue(lines[1].startsWith(a + ","), lines[1]);
        assertTrue(lines[1].contains(",SUBMITTED,\"Application Accepted\","), lines[1]);

        String link = page1.header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertTrue(next.startsWith(PATH + "?"), "a relative link to the same export: " + next);
        String page2 = given().auth().oauth2(TestTokens.as(Role.COUNTY_CLERK)).accept("text/csv").urlEncodingEnabled(false)
                .get(next).then().statusCode(200).extract().asString();
        assertTrue(page2.split("\r\n")[1].startsWith(b + ","), page2);
    }

    @Test
    void badFiltersAreNamedAndNoServiceTokenReads() {
        as(Role.COUNTY_CLERK).queryParam("changedSince", "last tuesday").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("changedSince"))
                .body("errors[0].rule", equalTo("iso-date-time"));
        as(Role.COUNTY_CLERK).queryParam("township", "369901999000").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("township"));
        as(Role.COUNTY_CLERK).queryParam("limit", 0).get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(Role.COUNTY_CLERK).queryParam("cursor", "garbage").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(Role.COUNTY_CLERK).queryParam("changedSince", "2026-11-01").get(PATH).then().statusCode(200)
                .body("items", not(nullValue()));
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.service()).get(PATH).then().statusCode(403);
    }
}
