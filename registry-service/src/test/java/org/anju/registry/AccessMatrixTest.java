package org.anju.registry;

import static org.anju.common.testing.AccessMatrix.ANYONE;
import static org.anju.common.testing.AccessMatrix.PEOPLE;
import static org.anju.common.testing.AccessMatrix.SERVICES;
import static org.anju.common.testing.AccessMatrix.once;
import static org.anju.common.testing.AccessMatrix.only;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.anju.common.security.Role;
import org.anju.common.testing.AccessMatrix;
import org.anju.common.testing.AccessMatrix.Who;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may call each operation of registry-service (DESIGN.md section 6): every row with every role's token for the
 * township of the test records, with none, and with a service token. docs/access-matrix.md shows the same table.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final Set<Who> WRITERS = only(Role.COUNTY_ADMIN, Role.COUNTY_CLERK, Role.TOWNSHIP_OFFICER);
    private static final Set<Who> PEOPLE_AND_SERVICES = EnumSet.copyOf(PEOPLE);
    private static final String STALE = "\"999\"";

    static {
        PEOPLE_AND_SERVICES.addAll(SERVICES);
    }

    /** Real records of the test township, made once through the API the first time a row needs them. */
    private static final Supplier<String> CREW = once(Fixtures::crew);
    private static final Supplier<String> CRAFTSMAN = once(Fixtures::craftsman);
    private static final Supplier<String> TRAINING = once(() -> {
        String craftsman = CRAFTSMAN.get();
        Fixtures.training(craftsman, 8, "ONLINE", Fixtures.today().minusDays(3));
        return Fixtures.admin().get("/api/v1/craftsmen/" + craftsman + "/training-records").then().statusCode(200)
                .extract().path("[0].id");
    });

    static final AccessMatrix MATRIX = AccessMatrix.of("registry-service", Fixtures.TOWNSHIP);

    static {
        MATRIX.row("GET", "/api/v1/crews", PEOPLE).note("township roles: their townships' crews");
        MATRIX.row("POST", "/api/v1/crews", WRITERS).note("township_officer: in his townships")
                .json(() -> unknownLeaderCrew());
        MATRIX.row("GET", "/api/v1/crews/{crewId}", PEOPLE).to(() -> "/api/v1/crews/" + CREW.get())
                .note("another township's crew: 404; identifiers masked except for county_admin; "
                        + "a bureau's read is logged");
        MATRIX.row("PUT", "/api/v1/crews/{crewId}", WRITERS).to(() -> "/api/v1/crews/" + CREW.get())
                .header("If-Match", STALE).json(() -> unknownLeaderCrew())
                .note("township_officer: in his townships");
        MATRIX.row("GET", "/api/v1/public/crews", ANYONE).note("public list, no personal identifiers");
        MATRIX.row("GET", "/api/v1/crews/{crewId}/credit-history", ANYONE).to(() -> "/api/v1/crews/" + CREW.get()
                + "/credit-history").note("credit scores are public");
        MATRIX.row("GET", "/api/v1/crews/{crewId}/summary", PEOPLE).to(() -> "/api/v1/crews/" + CREW.get()
                + "/summary").note("any township's crew: its public identity only (name, registration number, "
                        + "status, credit score)");
        MATRIX.row("GET", "/api/v1/crews/{crewId}/eligibility", PEOPLE_AND_SERVICES)
                .to(() -> "/api/v1/crews/" + CREW.get() + "/eligibility")
                .note("permits-service asks with its service token; any crew of the county");
        // the crew is filed, not qualified: an allowed reservation is refused by eligibility, and takes no slot
        MATRIX.row("PUT", "/api/v1/crews/{crewId}/reservations/{permitId}", SERVICES)
                .to(() -> "/api/v1/crews/" + CREW.get() + "/reservations/" + UUID.randomUUID())
                .json(() -> Map.of("startsOn", Fixtures.today().plusDays(10).toString()))
                .note("permits-service, issuing a certificate: a job slot held until crew.assigned confirms it");
        MATRIX.row("DELETE", "/api/v1/crews/{crewId}/reservations/{permitId}", SERVICES)
                .to(() -> "/api/v1/crews/" + CREW.get() + "/reservations/" + UUID.randomUUID())
                .note("permits-service, when its transaction rolled back after the reservation");
        MATRIX.row("GET", "/api/v1/crews/{crewId}/qualification", PEOPLE)
                .to(() -> "/api/v1/crews/" + CREW.get() + "/qualification").note("another township's crew: 404");
        MATRIX.row("POST", "/api/v1/crews/{crewId}/qualification/decisions", only(Role.COUNTY_ADMIN))
                .to(() -> "/api/v1/crews/" + CREW.get() + "/qualification/decisions").header("If-Match", STALE)
                .json(() -> Map.of("action", "QUALIFY", "reason", "access matrix"));
        MATRIX.row("GET", "/api/v1/registry-rules", PEOPLE).note("the caller's county");
        MATRIX.row("PUT", "/api/v1/registry-rules", only(Role.COUNTY_ADMIN)).header("If-Match", STALE)
                .json(() -> Map.of("minimumCreditScore", 60)).note("the minimum credit score eligibility checks");
        MATRIX.row("GET", "/api/v1/craftsmen", PEOPLE).note("township roles: their townships' craftsmen");
        MATRIX.row("POST", "/api/v1/craftsmen", WRITERS).note("township_officer: in his townships")
                .json(() -> Fixtures.craftsmanBody(Fixtures.uniqueName("矩阵")));
        MATRIX.row("GET", "/api/v1/craftsmen/{craftsmanId}", PEOPLE)
                .to(() -> "/api/v1/craftsmen/" + CRAFTSMAN.get())
                .note("another township's craftsman: 404; resident ID and phone masked except for county_admin; a "
                        + "bureau's read is logged");
        MATRIX.row("PUT", "/api/v1/craftsmen/{craftsmanId}", WRITERS)
                .to(() -> "/api/v1/craftsmen/" + CRAFTSMAN.get()).header("If-Match", STALE)
                .json(AccessMatrixTest::craftsmanUpdate).note("township_officer: in his townships");
        MATRIX.row("GET", "/api/v1/craftsmen/{craftsmanId}/training-records", PEOPLE)
                .to(() -> "/api/v1/craftsmen/" + CRAFTSMAN.get() + "/training-records");
        MATRIX.row("POST", "/api/v1/craftsmen/{craftsmanId}/training-records", WRITERS)
                .to(() -> "/api/v1/craftsmen/" + CRAFTSMAN.get() + "/training-records")
                // a course finished tomorrow: allowed callers are refused by the rule, not by their role
                .json(() -> Map.of("course", "农房建设质量安全培训", "hours", 8, "mode", "OFFLINE", "completedOn",
                        Fixtures.today().plusDays(1).toString(), "provider", "示范县住建局"))
                .note("township_officer: in his townships");
        MATRIX.row("GET", "/api/v1/craftsmen/{craftsmanId}/training-records/{recordId}", PEOPLE)
                .to(() -> "/api/v1/craftsmen/" + CRAFTSMAN.get() + "/training-records/" + TRAINING.get());
        MATRIX.row("GET", "/api/v1/craftsmen/{craftsmanId}/credit-history", ANYONE)
                .to(() -> "/api/v1/craftsmen/" + CRAFTSMAN.get() + "/credit-history").note("credit scores are public");
        MATRIX.row("POST", "/api/v1/events", SERVICES)
                .json(() -> Map.of("id", UUID.randomUUID().toString(), "type", "access.matrix", "occurredAt",
                        "2026-11-28T10:00:00+08:00", "payload", Map.of()))
                .note("outbox deliveries of permits- and inspections-service; checked before the body is read");
        MATRIX.row("GET", "/api/v1/divisions", ANYONE);
        MATRIX.row("GET", "/api/v1/divisions/{code}", ANYONE).to(() -> "/api/v1/divisions/" + Fixtures.TOWNSHIP);
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

    /** A valid filing whose leader is not registered: an allowed caller is refused by that rule, not by his role. */
    private static Map<String, Object> unknownLeaderCrew() {
        String leader = UUID.randomUUID().toString();
        return Fixtures.crewBody(leader, List.of(leader));
    }

    private static Map<String, Object> craftsmanUpdate() {
        return Map.of("name", "矩阵工匠", "phone", "13812345678", "homeTownshipCode", Fixtures.TOWNSHIP,
                "homeVillageCode", Fixtures.VILLAGE, "trades", List.of("MASON"));
    }
}
