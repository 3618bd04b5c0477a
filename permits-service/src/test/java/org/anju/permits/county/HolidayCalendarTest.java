package org.anju.permits.county;

import static org.anju.permits.support.Fixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The county admin keeps the holiday calendar; events with an unknown type or permit are refused. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class HolidayCalendarTest {

    @Test
    void countyAdminSetsAndRemovesAHoliday() {
        as("county_admin").body(Map.of("name", "测试假日 test holiday", "workday", false))
                .put("/api/v1/holidays/2031-03-03").then().statusCode(200);
        as("township_officer").queryParam("year", 2031).get("/api/v1/holidays").then().statusCode(200)
                .body("day", hasItem("2031-03-03"));
        as("township_officer").body(Map.of("name", "x", "workday", false)).put("/api/v1/holidays/2031-03-04").then()
                .statusCode(403);
        as("county_admin").delete("/api/v1/holidays/2031-03-03").then().statusCode(204);
        as("county_admin").delete("/api/v1/holidays/2031-03-03").then().statusCode(404);
    }

    @Test
    void eventOfUnknownTypeOrForUnknownPermitIs422() {
        Fixture.event("visit.failed", Map.of("permitId", java.util.UUID.randomUUID().toString())).then()
                .statusCode(422).body("type", equalTo("urn:anju:problem:bad-event"));
        Fixture.event("visit.passed", Map.of("permitId", java.util.UUID.randomUUID().toString(), "visitType",
                "SITE_SURVEY")).then().statusCode(422).body("errors[0].rule", equalTo("known-permit"));
    }
}
