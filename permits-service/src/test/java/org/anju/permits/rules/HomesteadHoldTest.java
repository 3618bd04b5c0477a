package org.anju.permits.rules;

import static org.anju.permits.support.Builds.as;
import static org.anju.permits.support.Builds.move;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anju.common.security.Role;
import org.anju.permits.gis.GisLayer;
import org.anju.permits.support.Builds;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 一户一宅 covers the plot and the finished house (issue 12 item 5), and siting does not pass on missing data (item 7):
 * through the API, as the village staff and the county hall submit.
 */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class HomesteadHoldTest {

    @BeforeEach
    void registry() {
        RegistryStub.stubs();
    }

    /** A draft of a new household with this plot and approval. */
    private static String draft(String plot, String approval) {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.put("plotId", plot);
        form.put("homesteadApprovalRef", approval);
        return Fixture.create(form).then().statusCode(201).extract().path("id");
    }

    private static String number(String id) {
        return as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().extract().path("applicationNumber");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSecondHouseholdCannotSubmitOnAPlotOrApprovalAnActiveBuildHolds() {
        String plot = "ZJD-" + unique();
        String approval = "宅批(2026)第" + unique() + "号";
        String first = draft(plot, approval);
        move(Role.VILLAGE_REVIEWER, first, Map.of("action", "submit")).then().statusCode(200);

        String samePlot = draft(" " + plot.toLowerCase() + " ", "宅批(2026)第" + unique() + "号");
        move(Role.VILLAGE_REVIEWER, samePlot, Map.of("action", "submit")).then().statusCode(422)
                .body("violations.rule", hasItem("plot-held"))
                .body("violations.find { it.rule == 'plot-held' }.field", equalTo("plotId"))
                .body("violations.find { it.rule == 'plot-held' }.values.heldBy", equalTo(number(first)))
                .body("violations.find { it.rule == 'plot-held' }.messageZh", containsString(number(first)));
        String sameApproval = draft("ZJD-" + unique(), approval);
        move(Role.VILLAGE_REVIEWER, sameApproval, Map.of("action", "submit")).then().statusCode(422)
                .body("violations.find { it.rule == 'plot-held' }.field", equalTo("homesteadApprovalRef"));

        move(Role.VILLAGE_REVIEWER, first, Map.of("action", "withdraw", "reason", "户主放弃")).then().statusCode(200);
        move(Role.VILLAGE_REVIEWER, samePlot, Map.of("action", "submit")).then().statusCode(200);
    }

    @Test
    void twoSubmissionsOnOnePlotAtOnceGiveOneBuild() throws Exception {
        String plot = "ZJD-" + unique();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(draft(plot, "宅批(2026)第" + unique() + "号"));
        }
        List<String> etags = drafts.stream().map(Builds::etag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                String id = drafts.get(i);
                String etag = etags.get(i);
                Callable<Integer> submit = () -> as(Role.VILLAGE_REVIEWER).header("If-Match", etag)
                        .body(Map.of("action", "submit")).post("/api/v1/permits/" + id + "/transitions").statusCode();
                answers.add(pool.submit(submit));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
            assertEquals(drafts.size() - 1, codes.stream().filter(c -> c == 422).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHouseholdWithACompletedNewHouseMayExtendItButNotBuildASecond() {
        String household = Builds.household("欧阳完工", Builds.VILLAGE, Builds.CHENGGUAN);
        String done = Builds.draft(household, Builds.CHENGGUAN);
        Builds.move(Role.VILLAGE_REVIEWER, done, Map.of("action", "submit")).then().statusCode(200);
        Fixture.submittedDaysAgo(done, 9);
        Builds.move(Role.VILLAGE_REVIEWER, done, Map.of("action", "village-review", "noticeStartedOn",
                java.time.LocalDate.now().minusDays(8).toString())).then().statusCode(200);
        for (String visit : new String[] { "SITE_SURVEY" }) {
            Fixture.visitPassed(done, visit).then().statusCode(200);
        }
        Builds.move(Role.TOWNSHIP_OFFICER, done, Map.of("action", "issue-book")).then().statusCode(200);
        Builds.move(Role.TOWNSHIP_OFFICER, done, Map.of("action", "issue-certificate", "pledgeSigned", true)).then()
                .statusCode(200);
        for (String visit : new String[] { "SETTING_OUT", "FOUNDATION_TRENCH", "KEY_MILESTONE", "MAIN_STRUCTURE",
                "COMPLETION_ACCEPTANCE" }) {
            Fixture.visitPassed(done, visit).then().statusCode(200);
        }
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + done).then().body("state", equalTo("COMPLETED"));

        String second = Builds.draft(household, Builds.CHENGGUAN);
        Builds.move(Role.VILLAGE_REVIEWER, second, Map.of("action", "submit")).then().statusCode(422)
                .body("violations.rule", hasItem("house-completed"))
                .body("violations.find { it.rule == 'house-completed' }.values.completedHouses", hasItem(number(done)));

        Map<String, Object> extension = Fixture.form(household);
        extension.put("kind", "EXTENSION");
        extension.put("existingGrade", "A");
        String extend = Fixture.create(extension).then().statusCode(201).extract().path("id");
        Builds.move(Role.VILLAGE_REVIEWER, extend, Map.of("action", "submit")).then().statusCode(200);
    }

    @Test
    void aMissingLayerRefusesTheSubmissionNamingItsKindAndEveryDecisionRecordsTheVersions() {
        String ok = draft("ZJD-" + unique(), "宅批(2026)第" + unique() + "号");
        move(Role.VILLAGE_REVIEWER, ok, Map.of("action", "submit")).then().statusCode(200);
        JsonPath history = as(Role.COUNTY_CLERK).get("/api/v1/permits/" + ok + "/history").then().statusCode(200)
                .extract().jsonPath();
        String changes = history.getString("entries.find { it.action == 'submit' }.changes");
        assertTrue(changes.contains("\"layerVersions\":{\"PLANNING_AREAS\":") && changes.contains("\"ROADS\":")
                && changes.contains("\"countyRulesVersion\":"), changes);

        String refused = draft("ZJD-" + unique(), "宅批(2026)第" + unique() + "号");
        // the county's hazard-zone layer taken away for the length of the test: as if it had never been loaded
        QuarkusTransaction.requiringNew().run(() -> GisLayer.update(
                "countyCode = '999999' where countyCode = '369901' and kind = org.anju.permits.gis.LayerKind.HAZARD_ZONES"));
        try {
            move(Role.VILLAGE_REVIEWER, refused, Map.of("action", "submit")).then().statusCode(422)
                    .body("violations.rule", hasItem("layer-missing"))
                    .body("violations.find { it.rule == 'layer-missing' }.values.kind", equalTo("HAZARD_ZONES"))
                    .body("violations.find { it.rule == 'layer-missing' }.messageZh", containsString("地质灾害"));
            as(Role.COUNTY_CLERK).get("/api/v1/permits/" + refused).then().body("state", equalTo("DRAFT"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> GisLayer.update(
                    "countyCode = '369901' where countyCode = '999999'"));
        }
        move(Role.VILLAGE_REVIEWER, refused, Map.of("action", "submit")).then().statusCode(200)
                .body("state", not(equalTo("DRAFT")));
    }

    @Test
    void whereTheCountyOnlyWarnsAMissingLayerIsSaidInTheAnswerAndTheHistory() {
        String id = draft("ZJD-" + unique(), "宅批(2026)第" + unique() + "号");
        io.restassured.response.Response rules = as(Role.COUNTY_ADMIN).get("/api/v1/county-rules");
        Map<String, Object> warn = new java.util.HashMap<>(rules.jsonPath().getMap(""));
        warn.put("missingLayers", "WARN");
        as(Role.COUNTY_ADMIN).header("If-Match", rules.header("ETag")).body(warn).put("/api/v1/county-rules").then()
                .statusCode(200).body("missingLayers", equalTo("WARN"));
        QuarkusTransaction.requiringNew().run(() -> GisLayer.update(
                "countyCode = '999999' where countyCode = '369901' and kind = org.anju.permits.gis.LayerKind.ROADS"));
        try {
            move(Role.VILLAGE_REVIEWER, id, Map.of("action", "submit")).then().statusCode(200)
                    .body("state", equalTo("SUBMITTED"))
                    .body("warnings.code", hasItem("layer-missing"))
                    .body("warnings.find { it.code == 'layer-missing' }.messageZh", containsString("公路"));
            String changes = as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id + "/history").then().extract()
                    .jsonPath().getString("entries.find { it.action == 'submit' }.changes");
            assertTrue(changes.contains("\"warnings\"") && changes.contains("公路"), changes);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> GisLayer.update(
                    "countyCode = '369901' where countyCode = '999999'"));
            io.restassured.response.Response now = as(Role.COUNTY_ADMIN).get("/api/v1/county-rules");
            Map<String, Object> refuse = new java.util.HashMap<>(now.jsonPath().getMap(""));
            refuse.put("missingLayers", "REFUSE");
            as(Role.COUNTY_ADMIN).header("If-Match", now.header("ETag")).body(refuse).put("/api/v1/county-rules")
                    .then().statusCode(200);
        }
    }
}
