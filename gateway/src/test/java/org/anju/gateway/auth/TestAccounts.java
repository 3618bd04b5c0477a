package org.anju.gateway.auth;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.security.Role;
import org.anju.gateway.account.UserAccount;
import org.anju.gateway.account.UserAccountRepository;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** Test fixture: accounts and API clients with unique names, written straight to the database, and logins. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "test-password-2026";
    public static final String COUNTY = "369901";
    public static final String CHENGGUAN = "369901100000";
    /** bcrypt at the lowest cost keeps the fixture fast; login verifies whatever cost the hash names. */
    private static final String HASH = BcryptUtil.bcryptHash(PASSWORD, 4);

    private final UserAccountRepository accounts;
    private final ApiClientRepository clients;

    public TestAccounts(UserAccountRepository accounts, ApiClientRepository clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public UserAccount user(String prefix, Role role, String county, List<String> townships) {
        UserAccount account = new UserAccount(UUID.randomUUID(), unique(prefix), "测试 " + prefix, HASH,
                List.of(role), county, townships, OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(() -> accounts.persist(account));
        return account;
    }

    public UserAccount inspector() {
        return user("inspector", Role.INSPECTOR, COUNTY, List.of(CHENGGUAN));
    }

    public UserAccount admin() {
        return user("admin", Role.COUNTY_ADMIN, COUNTY, List.of());
    }

    public String client(Role role, String secret) {
        String clientId = unique("client");
        ApiClient client = new ApiClient(clientId, "测试系统", BcryptUtil.bcryptHash(secret, 4), List.of(role), COUNTY,
                List.of(), OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(() -> clients.persist(client));
        return clientId;
    }

    /** Logs in and answers the access token. */
    public static String accessToken(String username) {
        return login(username).path("access_token");
    }

    public static io.restassured.response.Response login(String username) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .when().post("/api/v1/auth/login").then().statusCode(200).extract().response();
    }
}
