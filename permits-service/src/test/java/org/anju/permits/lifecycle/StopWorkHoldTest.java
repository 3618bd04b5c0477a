package org.anju.permits.lifecycle;

import static io.restassured.RestAssured.given;
import static org.anju.permits.support.Builds.as;
import static org.anju.permits.support.Builds.move;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.anju.common.security.Role;
import org.anju.permits.support.Builds;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A stop-work notice cannot be talked away (issue 12 item 1): only its lift resumes the build, by no role and no other
 * action; a manual suspension keeps its own resume, by track; the public check tells the truth in Chinese (item 2).
 */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class StopWorkHoldTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @BeforeEach
    void registry() {
        RegistryStub.stubs();
    }

    private static Map<String, Object> resume() {
        return Map.of("action", "resume", "reason", "整改完毕 works fixed");
    }

    private static String state(String id) {
        return as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().statusCode(200).extract().path("state");
    }

    private static String certificate(String id) {
        return as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().extract().jsonPath()
                .getString("documents.findAll { it.kind == 'CERTIFICATE' }.last().number");
    }

    @Test
    void aManualResumeOfAStopWorkIsRefusedByEveryRoleAndOnlyTheLiftResumes() {
        String id = Builds.permitted("停工户一");
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("state", equalTo("SUSPENDED"))
                .body("stopWorkNoticeId", equalTo(notice)).body("allowedActions", not(hasItem("resume")))
                .body("allowedActions", hasItem("revoke"));
        for (Role role : new Role[] { Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN }) {
            move(role, id, resume()).then().statusCode(409)
                    .body("type", equalTo("urn:anju:problem:stop-work-in-force"))
                    .body("noticeId", equalTo(notice)).body("currentState", equalTo("SUSPENDED"))
                    .body("titleZh", startsWith("停工通知生效中"))
                    .body("detailZh", startsWith("停工通知 " + notice + " 生效中"));
        }
        assertState(id, "SUSPENDED");
        Builds.stopWork(id, notice, true).then().statusCode(200);
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("state", equalTo("PERMITTED"))
                .body("stopWorkNoticeId", nullValue()).body("suspendedAt", nullValue());
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id + "/history").then()
                .body("entries.action", hasItems("suspend", "resume")).body("chainIntact", equalTo(true));
    }

    @Test
    void publicCheckOfASuspendedCertificateSaysSoInChineseAndValidAgainAfterTheLift() {
        String id = Builds.permitted("停工户二");
        String number = certificate(id);
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        // the day of the notice, as inspections-service's event tells it (Fixture.event: 2026-11-28T10:00+08:00)
        given().get("/api/v1/documents/certificate/" + number).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusZh", equalTo("暂停施工（2026-11-28 起）"))
                .body("statusEn", equalTo("Suspended since 2026-11-28"))
                .body("suspendedOn", equalTo("2026-11-28"))
                .body("buildState", equalTo("SUSPENDED")).body("buildStateZh", equalTo("暂停施工"));
        Builds.stopWork(id, notice, true).then().statusCode(200);
        given().get("/api/v1/documents/certificate/" + number).then().statusCode(200)
                .body("status", equalTo("VALID")).body("statusZh", equalTo("有效"))
                .body("suspendedOn", nullValue())
                .body("buildStateZh", equalTo("已核发乡村建设规划许可证"));
        move(Role.COUNTY_ADMIN, id, Map.of("action", "revoke", "reason", "违法加层")).then().statusCode(200);
        given().get("/api/v1/documents/certificate/" + number).then().body("status", equalTo("REVOKED"))
                .body("statusZh", equalTo("已撤销")).body("buildStateZh", equalTo("许可已撤销"));
    }

    @Test
    void aStopWorkOnABuildAlreadySuspendedByHandHoldsItAndItsLiftLeavesTheManualSuspension() {
        String id = Builds.permitted("停工户三");
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "suspend", "reason", "雨季暂停")).then().statusCode(200)
                .body("state", equalTo("SUSPENDED"));
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        move(Role.TOWNSHIP_OFFICER, id, resume()).then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:stop-work-in-force"));
        Builds.stopWork(id, notice, true).then().statusCode(200);
        assertState(id, "SUSPENDED");
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id + "/history").then()
                .body("entries.action", hasItems("stop-work-recorded", "stop-work-lifted"));
        move(Role.TOWNSHIP_OFFICER, id, resume()).then().statusCode(200).body("state", equalTo("PERMITTED"));
    }

    @Test
    void aStopWorkBeforeTheBookHoldsEveryForwardStepUntilItIsLifted() {
        String id = Fixture.surveyed();
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("state", equalTo("SITE_SURVEYED"))
                .body("stopWorkNoticeId", equalTo(notice)).body("allowedActions", not(hasItem("issue-book")));
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-book")).then().statusCode(409)
                .body("type", equalTo("urn:anju:problem:stop-work-in-force"));
        Builds.stopWork(id, notice, true).then().statusCode(200);
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "issue-book")).then().statusCode(200)
                .body("state", equalTo("BOOK_ISSUED"));
    }

    @Test
    void aStageVisitPassedWhileStoppedMovesTheBuildOnlyOnceTheNoticeIsLifted() {
        String id = Builds.permitted("停工户四");
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        Fixture.visitPassed(id, "SETTING_OUT").then().statusCode(200);
        assertState(id, "SUSPENDED");
        Builds.stopWork(id, notice, true).then().statusCode(200);
        assertState(id, "UNDER_CONSTRUCTION");
    }

    @Test
    void aLiftOfAnotherNoticeChangesNothing() {
        String id = Builds.permitted("停工户五");
        String notice = UUID.randomUUID().toString();
        Builds.stopWork(id, notice, false).then().statusCode(200);
        Builds.stopWork(id, UUID.randomUUID().toString(), true).then().statusCode(200);
        assertState(id, "SUSPENDED");
        as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().body("stopWorkNoticeId", equalTo(notice));
    }

    @Test
    void aboveTheLimitOnlyTheCountyResumesAManualSuspension() {
        Map<String, Object> form = Fixture.form(Fixture.household());
        form.put("storeys", 3);
        form.put("designFirmName", "示范县建筑设计院");
        form.put("designFirmCreditCode", "91350100M000100Y43");
        form.put("contractorName", "示范建工");
        form.put("contractorCreditCode", "91350100M000100Y43");
        String id = Fixture.create(form).then().statusCode(201).extract().path("id");
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "submit")).then().statusCode(200)
                .body("track", equalTo("ABOVE_LIMIT"))
                .body("aboveLimitBecause.threshold", org.hamcrest.Matchers.contains("storeys"))
                .body("aboveLimitBecause[0].messageZh", equalTo("层数 3 层，达到限额 3 层"));
        Fixture.submittedDaysAgo(id, 9);
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusDays(8).toString())).then().statusCode(200);
        Fixture.visitPassed(id, "SITE_SURVEY").then().statusCode(200);
        move(Role.COUNTY_CLERK, id, Map.of("action", "issue-book")).then().statusCode(200);
        move(Role.TOWNSHIP_OFFICER, id, Map.of("action", "suspend", "reason", "发现加层")).then().statusCode(200);
        move(Role.TOWNSHIP_OFFICER, id, resume()).then().statusCode(403)
                .body("allowedRoles", hasItems("county_clerk", "county_admin"))
                .body("titleZh", equalTo("无权执行此操作：限额以上农房由县级办理"))
                .body("detail", equalTo("Role township_officer may not resume an above-limit build; allowed: "
                        + "county_clerk, county_admin"))
                .body("detailZh", equalTo("角色 township_officer 无权对限额以上农房执行“resume”；可执行的角色：county_clerk、county_admin"));
        move(Role.COUNTY_CLERK, id, resume()).then().statusCode(200).body("state", equalTo("BOOK_ISSUED"));
    }

    @Test
    void aPublicNoticeStartedBeforeTheSubmissionOrInTheFutureIsRefusedNamingBothDays() {
        String id = Builds.submitted("公示户");
        String today = TODAY;
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().minusYears(1).toString())).then().statusCode(422)
                .body("type", equalTo("urn:anju:problem:notice-start-window"))
                .body("errors[0].field", equalTo("noticeStartedOn"))
                .body("submittedOn", equalTo(today)).body("today", equalTo(today));
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn",
                LocalDate.now().plusDays(3).toString())).then().statusCode(422)
                .body("errors[0].rule", equalTo("notice-start-window"));
        assertState(id, "SUBMITTED");
        move(Role.VILLAGE_REVIEWER, id, Map.of("action", "village-review", "noticeStartedOn", today)).then()
                .statusCode(200).body("noticeStartedOn", equalTo(today));
    }

    private static void assertState(String id, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, state(id));
    }
}
