package org.anju.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import jakarta.inject.Inject;

import org.anju.common.security.Role;
import org.anju.gateway.auth.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A county admin manages the accounts of the county: create, list, change with If-Match, disable, reset. */
@QuarkusTest
class AccountManagementTest {

    @Inject
    TestAccounts fixture;

    private UserAccount admin;
    private String token;

    @BeforeEach
    void logInAsAdmin() {
        admin = fixture.admin();
        token = TestAccounts.accessToken(admin.username());
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String create(String username, String roles, String townships) {
        return asAdmin().body("{\"username\":\"" + username + "\",\"displayName\":\"青石镇安全员 张伟\","
                + "\"roles\":" + roles + ",\"townships\":" + townships + ",\"password\":\"first-pass-2026\"}")
                .when().post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void adminCreatesAnAccountThatCanLogIn() {
        String username = TestAccounts.unique("inspector.qingshi");
        var created = asAdmin().header("Idempotency-Key", username)
                .body("{\"username\":\"" + username + "\",\"displayName\":\"青石镇安全员 张伟\","
                        + "\"roles\":[\"inspector\"],\"townships\":[\"369901101000\"],\"password\":\"first-pass-2026\"}")
                .when().post("/api/v1/accounts")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("https://anju.example.gov.cn/api/v1/accounts/"))
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(username)).body("county", equalTo("369901"))
                .body("roles", equalTo(List.of("inspector"))).body("townships", equalTo(List.of("369901101000")))
                .body("enabled", equalTo(true)).body("password", nullValue()).body("passwordHash", nullValue())
                .extract().response();

        given().contentType(ContentType.JSON).body("{\"username\":\"" + username + "\",\"password\":\"first-pass-2026\"}")
                .when().post("/api/v1/auth/login").then().statusCode(200);
        asAdmin().when().get(created.header("Location").replace("https://anju.example.gov.cn", "")).then()
                .statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void takenUsernameIs409() {
        asAdmin().body("{\"username\":\"" + admin.username() + "\",\"displayName\":\"x\",\"roles\":[\"county_clerk\"],"
                + "\"password\":\"first-pass-2026\"}")
                .when().post("/api/v1/accounts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:username-taken"));
    }

    @Test
    void townshipRoleWithoutTownshipAndForeignTownshipAreRefusedByFieldAndRule() {
        asAdmin().body("{\"username\":\"" + TestAccounts.unique("x") + "\",\"displayName\":\"x\","
                + "\"roles\":[\"township_officer\"],\"townships\":[],\"password\":\"first-pass-2026\"}")
                .when().post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("townships")).body("errors[0].rule", equalTo("townships-required"))
                .body("errors[0].messageZh", containsString("乡镇"));
        asAdmin().body("{\"username\":\"" + TestAccounts.unique("x") + "\",\"displayName\":\"x\","
                + "\"roles\":[\"inspector\"],\"townships\":[\"369902100000\"],\"password\":\"short\"}")
                .when().post("/api/v1/accounts")
                .then().statusCode(400)
                .body("errors.field", hasItem("townships[0]")).body("errors.rule", hasItem("township-of-county"))
                .body("errors.rule", hasItem("password-length"));
    }

    @Test
    void unknownRoleIs400NamingTheField() {
        asAdmin().body("{\"username\":\"" + TestAccounts.unique("x") + "\",\"displayName\":\"x\","
                + "\"roles\":[\"superuser\"],\"password\":\"first-pass-2026\"}")
                .when().post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("roles"));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = create(TestAccounts.unique("officer"), "[\"township_officer\"]", "[\"369901100000\"]");
        String change = "{\"displayName\":\"城关镇 王芳\",\"roles\":[\"township_officer\",\"inspector\"],"
                + "\"townships\":[\"369901100000\",\"369901101000\"],\"enabled\":true}";
        asAdmin().body(change).when().put("/api/v1/accounts/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"0\"").body(change).when().put("/api/v1/accounts/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("roles", equalTo(List.of("inspector", "township_officer")))
                .body("townships", equalTo(List.of("369901100000", "369901101000")));
        asAdmin().header("If-Match", "\"0\"").body(change).when().put("/api/v1/accounts/" + id)
                .then().statusCode(412).body("type", equalTo("urn:anju:problem:stale-version"));
    }

    @Test
    void disabledAccountCanNeitherLogInNorRefresh() {
        UserAccount inspector = fixture.inspector();
        String refresh = TestAccounts.login(inspector.username()).path("refresh_token");
        asAdmin().header("If-Match", "\"0\"").when().post("/api/v1/accounts/" + inspector.id() + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + inspector.username() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(401).body("type", equalTo("urn:anju:problem:account-disabled"));
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refresh + "\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void adminCannotDisableThemselves() {
        asAdmin().header("If-Match", "\"0\"").when().post("/api/v1/accounts/" + admin.id() + "/disable")
                .then().statusCode(422).body("type", equalTo("urn:anju:problem:self-disable"));
    }

    @Test
    void passwordResetLiftsALockout() {
        UserAccount inspector = fixture.inspector();
        for (int attempt = 0; attempt < 5; attempt++) {
            given().contentType(ContentType.JSON)
                    .body("{\"username\":\"" + inspector.username() + "\",\"password\":\"wrong-password-1\"}")
                    .when().post("/api/v1/auth/login").then().statusCode(401);
        }
        asAdmin().when().get("/api/v1/accounts/" + inspector.id())
                .then().statusCode(200).body("lockedUntil", notNullValue()).header("ETag", "\"0\"");
        asAdmin().header("If-Match", "\"0\"").body("{\"newPassword\":\"brand-new-pass-2026\"}")
                .when().post("/api/v1/accounts/" + inspector.id() + "/password")
                .then().statusCode(200).body("lockedUntil", nullValue());
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + inspector.username() + "\",\"password\":\"brand-new-pass-2026\"}")
                .when().post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void accountOfAnotherCountyIs404() {
        UserAccount elsewhere = fixture.user("clerk", Role.COUNTY_CLERK, "369902", List.of());
        asAdmin().when().get("/api/v1/accounts/" + elsewhere.id())
                .then().statusCode(404).contentType("application/problem+json");
        asAdmin().queryParam("role", "county_clerk").queryParam("limit", 100).when().get("/api/v1/accounts")
                .then().statusCode(200).body("items.county", everyItem(equalTo("369901")))
                .body("items.username", not(hasItem(elsewhere.username())));
    }

    @Test
    void listFiltersByTownshipAndPagesWithACursor() {
        String township = "369901201000";
        for (int i = 0; i < 3; i++) {
            create(TestAccounts.unique("yunling"), "[\"inspector\"]", "[\"" + township + "\"]");
        }
        var first = asAdmin().queryParam("township", township).queryParam("limit", 2).when().get("/api/v1/accounts")
                .then().statusCode(200).body("items.size()", equalTo(2))
                .body("items.townships", everyItem(hasItem(township))).extract().response();
        String cursor = first.path("nextCursor");
        asAdmin().queryParam("township", township).queryParam("limit", 100).queryParam("cursor", cursor)
                .when().get("/api/v1/accounts")
                .then().statusCode(200).body("items.username", not(hasItem((String) first.path("items[1].username"))))
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
}
