package org.anju.permits;

import static org.anju.common.testing.AccessMatrix.ANYONE;
import static org.anju.common.testing.AccessMatrix.PEOPLE;
import static org.anju.common.testing.AccessMatrix.SERVICES;
import static org.anju.common.testing.AccessMatrix.once;
import static org.anju.common.testing.AccessMatrix.only;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.anju.common.security.Role;
import org.anju.common.testing.AccessMatrix;
import org.anju.common.testing.AccessMatrix.Who;
import org.anju.permits.support.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may call each operation of permits-service (DESIGN.md section 6): every row with every role's token for the
 * township of the test records, with none, and with a service token. docs/access-matrix.md shows the same table.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final Set<Who> REGISTRARS = only(Role.VILLAGE_REVIEWER, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK,
            Role.COUNTY_ADMIN);
    private static final Set<Who> INTAKE = only(Role.VILLAGE_REVIEWER, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK);
    private static final Set<Who> ADMIN = only(Role.COUNTY_ADMIN);
    private static final String STALE = "\"999\"";
    /** A day far from every test's calendar, so that setting it as a holiday changes no deadline. */
    private static final String FAR_DAY = "2099-12-31";

    /** Real records of the test township, made once through the API the first time a row needs them. */
    private static final Supplier<String> HOUSEHOLD = once(Fixture::household);
    private static final Supplier<String> DRAFT = once(Fixture::draft);

    static final AccessMatrix MATRIX = AccessMatrix.of("permits-service", Fixture.TOWNSHIP);

    static {
        MATRIX.row("POST", "/api/v1/households", REGISTRARS).json(AccessMatrixTest::household)
                .note("township roles: villages of their townships");
        MATRIX.row("GET", "/api/v1/households/{householdId}", PEOPLE)
                .to(() -> "/api/v1/households/" + HOUSEHOLD.get())
                .note("another township's: 404; resident ID masked except for county_admin; a bureau's read is "
                        + "logged");
        MATRIX.row("POST", "/api/v1/permits", INTAKE)
                .json(() -> Fixture.form(UUID.randomUUID().toString()))
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits", PEOPLE).note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/{permitId}", PEOPLE).to(() -> "/api/v1/permits/" + DRAFT.get())
                .note("another township's: 404");
        MATRIX.row("PUT", "/api/v1/permits/{permitId}", INTAKE).to(() -> "/api/v1/permits/" + DRAFT.get())
                .header("If-Match", STALE).json(() -> Fixture.form(HOUSEHOLD.get())).note("drafts only");
        MATRIX.row("GET", "/api/v1/permits/overdue", PEOPLE).note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/counts", PEOPLE).note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/visits-due", PEOPLE).note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/statistics", PEOPLE)
                .to(() -> "/api/v1/permits/statistics?from=2026-11-01&to=2026-11-30")
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/statistics/monthly", PEOPLE)
                .to(() -> "/api/v1/permits/statistics/monthly?from=2026-06&to=2026-11")
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/blds", PEOPLE)
                .note("BLDS open data, no personal identifiers; township roles: their townships");
        MATRIX.row("GET", "/api/v1/permits/{permitId}/history", PEOPLE)
                .to(() -> "/api/v1/permits/" + DRAFT.get() + "/history");
        MATRIX.row("GET", "/api/v1/permits/{permitId}/site", PEOPLE)
                .to(() -> "/api/v1/permits/" + DRAFT.get() + "/site")
                .note("inspections-service asks with the inspector's own token");
        MATRIX.row("POST", "/api/v1/permits/{permitId}/transitions", REGISTRARS)
                .to(() -> "/api/v1/permits/" + DRAFT.get() + "/transitions").header("If-Match", STALE)
                .json(() -> Map.of("action", "submit"))
                .note("each action has its own roles: township below the limit, county above it (Transitions)");
        MATRIX.row("POST", "/api/v1/permits/{permitId}/documents/{kind}/reissue",
                only(Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN))
                .to(() -> "/api/v1/permits/" + DRAFT.get() + "/documents/BOOK/reissue").header("If-Match", STALE)
                .json(() -> Map.of("reason", "户主姓名更正"));
        MATRIX.row("GET", "/api/v1/county-rules", PEOPLE);
        MATRIX.row("PUT", "/api/v1/county-rules", ADMIN).header("If-Match", STALE)
                .json(() -> Fixture.as("county_admin").get("/api/v1/county-rules").then().statusCode(200)
                        .extract().as(Map.class));
        MATRIX.row("GET", "/api/v1/holidays", PEOPLE);
        MATRIX.row("PUT", "/api/v1/holidays/{day}", ADMIN).to(() -> "/api/v1/holidays/" + FAR_DAY)
                .json(() -> Map.of("name", "权限矩阵测试日", "workday", false));
        MATRIX.row("DELETE", "/api/v1/holidays/{day}", ADMIN).to(() -> "/api/v1/holidays/" + FAR_DAY);
        MATRIX.row("GET", "/api/v1/layers/{kind}", PEOPLE).to(() -> "/api/v1/layers/PLANNING_AREAS");
        // an empty collection is refused, so an allowed upload changes no layer
        MATRIX.row("POST", "/api/v1/layers/{kind}/versions", ADMIN).to(() -> "/api/v1/layers/HAZARD_ZONES/versions")
                .json(() -> Map.of("type", "FeatureCollection", "features", List.of()));
        MATRIX.row("GET", "/api/v1/layers/{kind}/versions/{version}", PEOPLE)
                .to(() -> "/api/v1/layers/PLANNING_AREAS/versions/1");
        MATRIX.row("POST", "/api/v1/events", SERVICES)
                .json(() -> Map.of("id", UUID.randomUUID().toString(), "type", "access.matrix", "occurredAt",
                        "2026-11-28T10:00:00+08:00", "payload", Map.of()))
                .note("outbox deliveries of inspections-service; checked before the body is read");
        MATRIX.row("GET", "/api/v1/permits/{permitId}/documents/{kind}/qr", PEOPLE)
                .to(() -> "/api/v1/permits/" + DRAFT.get() + "/documents/CERTIFICATE/qr")
                .note("like reading the permit; leads to the public verification page");
        MATRIX.row("GET", "/api/v1/documents/{kind}/{number}", ANYONE)
                .to(() -> "/api/v1/documents/CERTIFICATE/369901-2026-000001")
                .note("public verification of 一书一证 (QR code on the site); head's name masked, no identifiers");
        MATRIX.row("GET", "/api/v1/divisions", ANYONE);
        MATRIX.row("GET", "/api/v1/divisions/{code}", ANYONE).to(() -> "/api/v1/divisions/" + Fixture.TOWNSHIP);
        MATRIX.row("POST", "/api/v1/divisions/lookup", ANYONE).json(() -> Map.of("codes", List.of(Fixture.VILLAGE)));
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

    private static Map<String, Object> household() {
        return Map.of("headName", "权限矩阵", "headResidentId", Fixture.residentId(),
                "registerNumber", "HK-" + UUID.randomUUID().toString().substring(0, 8), "villageCode", Fixture.VILLAGE);
    }
}
