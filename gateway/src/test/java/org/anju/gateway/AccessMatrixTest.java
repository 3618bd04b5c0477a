package org.anju.gateway;

import static org.anju.common.testing.AccessMatrix.ANYONE;
import static org.anju.common.testing.AccessMatrix.ANY_TOKEN;
import static org.anju.common.testing.AccessMatrix.SERVICES;
import static org.anju.common.testing.AccessMatrix.once;
import static org.anju.common.testing.AccessMatrix.only;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.Role;
import org.anju.common.security.ServiceTokens;
import org.anju.common.testing.AccessMatrix;
import org.anju.common.testing.AccessMatrix.Who;
import org.anju.common.testing.TestTokens;
import org.anju.gateway.auth.TestAccounts;
import org.anju.gateway.compose.ServiceStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may call each operation of the gateway's own API (DESIGN.md section 6): every row with every role's token, with
 * none, and with a service token. The three services are a WireMock that knows nothing, so compositions answer
 * partially; what matters here is who gets past authorisation. docs/access-matrix.md shows the same table.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AccessMatrixTest {

    private static final Set<Who> ADMIN = only(Role.COUNTY_ADMIN);
    private static final Set<Who> COUNTY = only(Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER);

    private static final Supplier<String> ACCOUNT = once(() -> Arc.container().instance(TestAccounts.class).get()
            .inspector().username());

    static final AccessMatrix MATRIX = AccessMatrix.of("gateway", TestTokens.CHENGGUAN)
            .coveredElsewhere(servicesOperations(), "The services' operations that the gateway's document also "
                    + "describes (its front door streams them on with the caller's token) are in those services' "
                    + "sections.")
            .ignore("/test/", "test-only probes of the gateway's own tests");

    static {
        MATRIX.row("POST", "/api/v1/auth/login", ANYONE)
                .json(() -> Map.of("username", ACCOUNT.get(), "password", TestAccounts.PASSWORD));
        MATRIX.row("POST", "/api/v1/auth/refresh", ANYONE).json(() -> Map.of())
                .note("the refresh token is the credential");
        MATRIX.row("POST", "/api/v1/auth/logout", ANYONE).json(() -> Map.of("refreshToken", "no-such-token"))
                .note("the refresh token is the credential");
        MATRIX.row("POST", "/api/v1/auth/token", ANYONE)
                .body("application/x-www-form-urlencoded", () -> "grant_type=client_credentials&client_id="
                        + "registry-service&client_secret=" + ServiceTokens.DEV_SECRET)
                .note("client credentials: bureau systems, and the services (group service)");
        MATRIX.row("GET", "/api/v1/auth/me", ANY_TOKEN).note("the token's own claims");
        MATRIX.row("GET", "/.well-known/jwks.json", ANYONE).note("the public key every service verifies with");
        MATRIX.row("GET", "/api/v1/accounts", ADMIN).note("accounts of the admin's county");
        MATRIX.row("POST", "/api/v1/accounts", ADMIN).json(() -> Map.of()).note("never the service role");
        MATRIX.row("GET", "/api/v1/accounts/{id}", ADMIN);
        MATRIX.row("PUT", "/api/v1/accounts/{id}", ADMIN).json(() -> Map.of()).note("never the service role");
        MATRIX.row("POST", "/api/v1/accounts/{id}/disable", ADMIN).json(() -> Map.of());
        MATRIX.row("POST", "/api/v1/accounts/{id}/password", ADMIN).json(() -> Map.of());
        MATRIX.row("GET", "/api/v1/audit/personal-reads", ADMIN).note("bureaus' reads of personal records");
        MATRIX.row("POST", "/api/v1/webhooks", ADMIN).json(() -> Map.of()).note("subscriptions of the admin's county");
        MATRIX.row("GET", "/api/v1/webhooks", ADMIN).note("subscriptions of the admin's county");
        MATRIX.row("GET", "/api/v1/webhooks/{id}", ADMIN).note("another county's: 404");
        MATRIX.row("PUT", "/api/v1/webhooks/{id}", ADMIN).json(() -> Map.of());
        MATRIX.row("DELETE", "/api/v1/webhooks/{id}", ADMIN);
        MATRIX.row("POST", "/api/v1/webhooks/{id}/pause", ADMIN);
        MATRIX.row("POST", "/api/v1/webhooks/{id}/resume", ADMIN);
        MATRIX.row("GET", "/api/v1/webhooks/{id}/deliveries", ADMIN).note("every attempt, for the admin's county");
        MATRIX.row("POST", "/api/v1/webhooks/{id}/replay", ADMIN).json(() -> Map.of());
        MATRIX.row("POST", "/api/v1/events", SERVICES)
                .json(() -> Map.of("id", "3f5d8a52-7a0c-4c61-9a3b-2a6f1d2e9b12", "type", "access.matrix",
                        "occurredAt", "2026-11-28T10:00:00+08:00", "payload", Map.of()))
                .internal().note("outbox deliveries of the services; checked before the body is read");
        MATRIX.row("GET", "/api/v1/households/{householdId}/file",
                only(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER, Role.COUNTY_CLERK,
                        Role.COUNTY_ADMIN, Role.BUREAU_READER))
                .note("一户一档; each part asked with the caller's token: a bureau sees identifiers masked and its read "
                        + "of the household is logged by permits-service");
        MATRIX.row("GET", "/api/v1/worklist/today", only(Role.INSPECTOR, Role.TOWNSHIP_OFFICER))
                .note("their townships");
        MATRIX.row("GET", "/api/v1/worklist", only(Role.TOWNSHIP_OFFICER)).note("their townships");
        MATRIX.row("GET", "/api/v1/overview", COUNTY).note("county-wide figures");
        MATRIX.row("GET", "/api/v1/overview/trend", COUNTY).note("county-wide figures");
        MATRIX.row("GET", "/api/v1/system/status", ANYONE).note("up or down per service, nothing else");
        MATRIX.row("GET", "/api/v1/divisions", ANYONE);
        MATRIX.row("GET", "/api/v1/divisions/{code}", ANYONE).to(() -> "/api/v1/divisions/" + TestTokens.CHENGGUAN);
        MATRIX.row("POST", "/api/v1/divisions/lookup", ANYONE)
                .json(() -> Map.of("codes", List.of(TestTokens.CHENGGUAN)));
    }

    /** The operations of the services' documents when the build merges them into the gateway's (openapi-parts). */
    private static Set<String> servicesOperations() {
        Set<String> operations = new TreeSet<>();
        for (String part : List.of("registry", "permits", "inspections")) {
            try (InputStream in = AccessMatrixTest.class.getClassLoader()
                    .getResourceAsStream("openapi-parts/" + part + ".json")) {
                if (in == null) {
                    continue;
                }
                new ObjectMapper().readTree(in).path("paths").fields().forEachRemaining(path -> path.getValue()
                        .fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " "
                                + path.getKey())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return operations;
    }

    static Stream<Arguments> cases() {
        return MATRIX.cases();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyTheAllowedGetThrough(String row, String caller) {
        MATRIX.check(row, caller);
    }

    static Stream<Arguments> nonPublicRows() {
        return MATRIX.nonPublicRows();
    }

    /** Authentication comes first: no token and nothing else gets 401, never a 400 about missing parameters. */
    @ParameterizedTest(name = "{0} anonymously, bare")
    @MethodSource("nonPublicRows")
    void anonymousIsRefusedBeforeValidation(String row) {
        MATRIX.refusesAnonymousBeforeValidating(row);
    }

    @Test
    void everyOperationHasARule() {
        MATRIX.coversOpenApi();
    }

    @Test
    void theDocumentShowsThisTable() {
        MATRIX.matchesDoc(Path.of("..", "docs", "access-matrix.md"));
    }
}
