package org.anju.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The operations that apply the training-hours rule state it: how many hours, over what period, what counts. */
@QuarkusTest
class OpenApiRulesTest {

    @Test
    void eligibilityAndQualificationStateTheTrainingHoursRule() {
        var rule = allOf(containsString("12 months ending on that day"), containsString("at least 40 hours"),
                containsString("at least 24 offline"), containsString("Every course recorded in the register counts"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/crews/{crewId}/eligibility'.get.description", rule)
                .body("paths.'/api/v1/crews/{crewId}/eligibility'.get.description",
                        containsString("CREDIT_BELOW_MINIMUM"))
                .body("paths.'/api/v1/crews/{crewId}/qualification/decisions'.post.description", rule)
                .body("paths.'/api/v1/crews/{crewId}/qualification/decisions'.post.description",
                        containsString("trainingWaiverReason"));
    }
}
