package org.anju.inspections;

import static org.anju.common.testing.AccessMatrix.ANYONE;
import static org.anju.common.testing.AccessMatrix.PEOPLE;
import static org.anju.common.testing.AccessMatrix.once;
import static org.anju.common.testing.AccessMatrix.only;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.anju.common.security.Role;
import org.anju.common.testing.AccessMatrix;
import org.anju.common.testing.AccessMatrix.Who;
import org.anju.inspections.support.Fixtures;
import org.anju.inspections.support.Visits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may call each operation of inspections-service (DESIGN.md section 6): every row with every role's token for the
 * township of the test records, with none, and with a service token. Writes use random ids (the role is checked
 * before the record is looked up), reads real records where that is cheap. docs/access-matrix.md shows the same table.
 */
@QuarkusTest
class AccessMatrixTest {

    /** On site: the township's inspectors and officers. */
    private static final Set<Who> FIELD = only(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
    /** Visits, hazards and notices: field staff and the county, not the village. */
    private static final Set<Who> READERS = only(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK,
            Role.COUNTY_ADMIN, Role.BUREAU_READER);
    private static final String T = Fixtures.TOWNSHIP;
    private static final String OTHER_TOWNSHIP = "369901101000";

    private static final Supplier<String> PERMIT = once(() -> Fixtures.permit("FOUNDATION_TRENCH").toString());
    private static final Supplier<String> VISIT = once(() -> Visits.onSite(UUID.fromString(PERMIT.get()),
            "FOUNDATION_TRENCH", Fixtures.trenchAnswers(true), "PASSED"));

    static final AccessMatrix MATRIX = AccessMatrix.of("inspections-service", T);

    static {
        MATRIX.row("POST", "/api/v1/visits", FIELD)
                .json(() -> Map.of("permitId", UUID.randomUUID().toString(), "type", "FOUNDATION_TRENCH",
                        "scheduledDate", "2026-12-01"))
                .note("their townships' permits; the permit is read with the caller's own token");
        MATRIX.row("GET", "/api/v1/visits", READERS).to(() -> "/api/v1/visits?township=" + T + "&view=DUE_TODAY")
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/visits/due", READERS).to(() -> "/api/v1/visits/due?township=" + T)
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/visits/blds", READERS)
                .note("BLDS open data, no personal identifiers; township roles: their townships");
        MATRIX.row("GET", "/api/v1/stop-work-notices", READERS).to(() -> "/api/v1/stop-work-notices?township=" + T)
                .note("of a township or a permit; township roles: their townships");
        MATRIX.row("GET", "/api/v1/statistics", READERS).to(() -> "/api/v1/statistics?from=2026-11-01&to=2026-11-30")
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/statistics/monthly", READERS)
                .to(() -> "/api/v1/statistics/monthly?from=2026-06&to=2026-11");
        MATRIX.row("GET", "/api/v1/visits/{id}", READERS).to(() -> "/api/v1/visits/" + VISIT.get())
                .note("another township's: 404");
        MATRIX.row("GET", "/api/v1/permits/{permitId}/visits", READERS)
                .to(() -> "/api/v1/permits/" + PERMIT.get() + "/visits").note("another township's: 404");
        MATRIX.row("POST", "/api/v1/visits/{visitId}/hazards", FIELD)
                .json(() -> Map.of("type", "STRUCTURE", "grade", "GENERAL", "description", "权限矩阵",
                        "responsiblePerson", "李建国"));
        MATRIX.row("GET", "/api/v1/hazards", READERS).to(() -> "/api/v1/hazards?permit=" + PERMIT.get())
                .note("of a permit; another township's: 404");
        MATRIX.row("GET", "/api/v1/hazards/{id}", READERS).note("another township's: 404");
        MATRIX.row("POST", "/api/v1/hazards/{id}/void", only(Role.COUNTY_ADMIN)).header("If-Match", "\"999\"")
                .json(() -> Map.of("reason", "access matrix"))
                .note("with a reason; the credit the hazard cost its crew is given back");
        MATRIX.row("GET", "/api/v1/rectification-notices", READERS)
                .to(() -> "/api/v1/rectification-notices?township=" + T)
                .note("of a township or a permit; township roles: their townships");
        MATRIX.row("POST", "/api/v1/rectification-notices/{id}/recheck", FIELD)
                .json(() -> Map.of("visitId", UUID.randomUUID().toString(), "decision", "CLOSE_OUT"));
        MATRIX.row("POST", "/api/v1/stop-work-notices", FIELD)
                .json(() -> Map.of("visitId", UUID.randomUUID().toString(), "reasonCode", "OTHER", "reason", "权限矩阵"));
        MATRIX.row("GET", "/api/v1/stop-work-notices/{id}", READERS).note("another township's: 404");
        MATRIX.row("POST", "/api/v1/stop-work-notices/{id}/lift", FIELD)
                .json(() -> Map.of("visitId", UUID.randomUUID().toString()));
        // a case in another township: an allowed caller gets 404 and nothing is opened
        MATRIX.row("POST", "/api/v1/cases", FIELD)
                .json(() -> Map.of("kind", "NO_PERMIT", "townshipCode", OTHER_TOWNSHIP, "lat", 28.46, "lng", 117.95,
                        "description", "权限矩阵"))
                .note("their townships");
        MATRIX.row("GET", "/api/v1/cases", PEOPLE).to(() -> "/api/v1/cases?township=" + T + "&state=OPEN")
                .note("township roles: their townships");
        MATRIX.row("GET", "/api/v1/cases/{id}", PEOPLE).note("another township's: 404");
        MATRIX.row("POST", "/api/v1/cases/{id}/transitions", FIELD).json(() -> Map.of("to", "ORDERED_TO_STOP"));
        MATRIX.row("POST", "/api/v1/photos", FIELD)
                .to(() -> "/api/v1/photos?visitId=" + UUID.randomUUID())
                .body("image/jpeg", () -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9 })
                .note("of a visit, hazard or case of their townships");
        MATRIX.row("GET", "/api/v1/photos/{id}", PEOPLE).note("of a record of their townships");
        MATRIX.row("GET", "/api/v1/photos/{id}/content", PEOPLE).note("of a record of their townships");
        MATRIX.row("POST", "/api/v1/photo-uploads", FIELD)
                .json(() -> Map.of("size", 4, "sha256", "0".repeat(64), "visitId", UUID.randomUUID().toString()));
        MATRIX.row("GET", "/api/v1/photo-uploads/{id}", FIELD).note("the uploader's own");
        MATRIX.row("PATCH", "/api/v1/photo-uploads/{id}", FIELD).header("Upload-Offset", "0")
                .body("application/offset+octet-stream", () -> new byte[] { 1, 2, 3, 4 }).note("the uploader's own");
        MATRIX.row("POST", "/api/v1/sync", FIELD)
                .json(() -> Map.of("sentAt", OffsetDateTime.now().toString(), "visits", List.of()))
                .note("offline batches of visits, hazards and cases of their townships");
        MATRIX.row("GET", "/api/v1/checklist-templates", PEOPLE);
        MATRIX.row("GET", "/api/v1/divisions", ANYONE);
        MATRIX.row("GET", "/api/v1/divisions/{code}", ANYONE).to(() -> "/api/v1/divisions/" + T);
        MATRIX.row("POST", "/api/v1/divisions/lookup", ANYONE).json(() -> Map.of("codes", List.of(Fixtures.VILLAGE)));
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
