package org.anju.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What every Anju service promises, run by each service against itself on a real PostgreSQL: it is ready, it answers
 * unknown paths and broken input with problem+json, and it serves its OpenAPI document.
 */
public abstract class ServiceContractTest {

    /** A GET of this service that needs a bearer token. */
    protected abstract String pathThatNeedsAToken();

    @Test
    public void onlyATokenAuthenticatesNotHeadersClaimingARole() {
        // the plain role headers early tests once used grant nothing, in tests as in a running system
        given().header("X-Anju-Role", "county_admin").header("X-Anju-User", "mallory")
                .header("X-Anju-Townships", "369901100000").when().get(pathThatNeedsAToken())
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.countyAdmin()).when().get(pathThatNeedsAToken())
                .then().statusCode(200);
    }

    @Test
    public void healthIsUpWithDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    public void unknownResourceIsProblem404() {
        given().accept(ContentType.JSON).when().get("/api/v1/no-such-thing/42")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:not-found"))
                .body("status", equalTo(404))
                .body("titleZh", equalTo("资源不存在"))
                .body("titleEn", equalTo("Not found"))
                .body("instance", equalTo("/api/v1/no-such-thing/42"));
    }

    @Test
    public void unknownDivisionIsProblem404() {
        given().when().get("/api/v1/divisions/369901999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("369901999999"));
    }

    @Test
    public void malformedJsonIsProblem400NamingTheProblem() {
        given().contentType(ContentType.JSON).body("{\"codes\": [\"369901100201\",")
                .when().post("/api/v1/divisions/lookup")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:malformed-json"))
                .body("titleZh", equalTo("请求体不是合法的 JSON"))
                .body("detail", containsString("line 1"))
                .body("detail", not(containsString("at org.")));
    }

    @Test
    public void invalidFieldIsProblem400NamingFieldAndRule() {
        given().contentType(ContentType.JSON).body("{\"codes\": [\"36990110020\"]}")
                .when().post("/api/v1/divisions/lookup")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:validation"))
                .body("errors[0].field", equalTo("codes[0]"))
                .body("errors[0].rule", equalTo("Pattern"))
                .body("errors[0].message", equalTo("must be 12 digits"));
    }

    @Test
    public void knownDivisionsAreServed() {
        given().contentType(ContentType.JSON).body("{\"codes\": [\"369901100201\", \"369901999201\"]}")
                .when().post("/api/v1/divisions/lookup")
                .then().statusCode(200)
                .body("found[0].name", equalTo("东门村"))
                .body("found[0].parentCode", equalTo("369901100000"))
                .body("unknown", hasItem("369901999201"));
    }

    @Test
    public void openApiDocumentIsServedWithProblemSchema() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("components.schemas.Problem.properties.type.type", equalTo("string"))
                .body("components.securitySchemes", not(equalTo(null)));
    }

    @Test
    public void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
