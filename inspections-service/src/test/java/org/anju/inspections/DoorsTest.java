package org.anju.inspections;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.TOWNSHIP;
import static org.anju.inspections.support.Fixtures.VILLAGE;
import static org.anju.inspections.support.Fixtures.inspector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.inspections.cases.CaseState;
import org.anju.inspections.hazard.Hazard;
import org.anju.inspections.hazard.HazardService;
import org.anju.inspections.hazard.Recheck;
import org.anju.inspections.hazard.RectificationNotice;
import org.anju.inspections.stopwork.StopWorkNotice;
import org.anju.inspections.support.PermitsStub;
import org.anju.inspections.support.Visits;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every door of inspections-service's records, tried: each step of a case, a rectification notice and a stop-work
 * notice from each state, by each role (with the record's township), by a service token and by the field staff of
 * another township (always 404), each on a record of its own copied into that state. What opens must be exactly the table of docs/lifecycle.md ("The life of a finding"): a
 * door that opens without being in it, or a documented one that stays shut, fails the build. "Opens" means the role
 * and the state let the request through to its guards (any answer but 401, 403 and the record's own state-refusal 409).
 */
@QuarkusTest
class DoorsTest {

    private static final List<Role> CALLERS = List.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER,
            Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER, Role.SERVICE);
    /** Township callers of another township than the record's. */
    private static final List<Role> FOREIGN = List.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
    private static final String SECTION = "# The life of a finding";
    /** Writes on these records are steps of the table. */
    private static final List<String> RECORDS = List.of("/api/v1/cases/{", "/api/v1/rectification-notices/{",
            "/api/v1/stop-work-notices/{", "/api/v1/hazards/{");

    @Inject
    EntityManager em;

    /** The build of this run's templates. */
    private UUID permit;

    /** One documented row: a step of a record, from which states, by whom, and the 409 that refuses it elsewhere. */
    record Row(String record, String request, String step, Set<String> from, Set<Role> roles, String refusal) {
    }

    /** One try: a step by a caller, of the record's township or another one, and whether the table lets it in. */
    record Try(String step, Role caller, boolean foreign, boolean expected) {
        String token() {
            if (caller == Role.SERVICE) {
                return TestTokens.service();
            }
            return TestTokens.as(caller, foreign ? TestTokens.QINGSHI : TOWNSHIP);
        }
    }

    /** A copy of a template record: its id and its version (the ETag a caller sends in If-Match). */
    record Copy(UUID id, long version) {
    }

    /** A kind of record: its states, the steps tried on it, how to copy it into a state and how to take a step. */
    record Kind(String record, String request, String refusal, List<String> states, List<String> steps,
            BiFunction<String, Integer, List<Copy>> copies, Attempt attempt) {
    }

    /** Takes one step on one copy with one token. */
    interface Attempt {
        Response take(Copy copy, String step, String token);
    }

    static List<Row> documented() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "lifecycle.md"));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(SECTION)).findFirst()
                .orElseThrow(() -> new AssertionError("docs/lifecycle.md has no section " + SECTION)));
        List<Row> out = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("# ")) {
                break;
            }
            if (!line.startsWith("| ") || line.startsWith("| record ")) {
                continue;
            }
            // | record | request | step | 中文 | from | to | who may | refused in other states |
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            out.add(new Row(cells[1], code(cells[2]), code(cells[3]), list(cells[5]),
                    list(cells[7]).stream().map(DoorsTest::role).collect(Collectors.toCollection(
                            () -> EnumSet.noneOf(Role.class))), code(cells[8].replaceFirst("^409 ", ""))));
        }
        return out;
    }

    private static String code(String cell) {
        return cell.replace("`", "").trim();
    }

    private static Set<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Role role(String wire) {
        Role r = Role.fromWire(wire);
        if (r == null) {
            throw new AssertionError("docs/lifecycle.md names an unknown role: " + wire);
        }
        return r;
    }

    @Test
    void theDocumentedRowsNameRealStatesStepsAndRefusals() throws IOException {
        List<Row> rows = documented();
        Map<String, Kind> kinds = kinds(null).stream().collect(Collectors.toMap(Kind::record, k -> k));
        for (Row row : rows) {
            Kind kind = kinds.get(row.record());
            assertTrue(kind != null, "unknown record in docs/lifecycle.md: " + row);
            assertEquals(kind.request(), row.request(), row.toString());
            assertTrue(kind.steps().contains(row.step()), "unknown step: " + row);
            assertTrue(kind.states().containsAll(row.from()), "unknown state: " + row);
            assertEquals(kind.refusal(), row.refusal(), row.toString());
        }
        assertEquals(kinds.keySet(), rows.stream().map(Row::record).collect(Collectors.toSet()),
                "every kind of record has its rows");
    }

    @Test
    void everyWriteOnARecordInTheOpenApiDocumentIsARow() throws IOException {
        Set<String> documented = documented().stream().map(Row::request).collect(Collectors.toSet());
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> undocumented = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (RECORDS.stream().anyMatch(path::startsWith)) {
                operations.keySet().stream().filter(m -> Set.of("post", "put", "patch", "delete").contains(m))
                        .map(m -> m.toUpperCase() + " " + path).filter(op -> !documented.contains(op))
                        .forEach(undocumented::add);
            }
        });
        assertTrue(undocumented.isEmpty(), "writes not in docs/lifecycle.md: " + undocumented);
    }

    @Test
    void everyDoorThatOpensIsInTheDocumentedTableAndEveryDocumentedOneOpens() throws IOException {
        Map<String, Row> rows = new HashMap<>();
        documented().forEach(r -> rows.put(r.record() + " " + r.step(), r));
        String marker = "doors " + UUID.randomUUID();
        try {
            walk(rows, marker);
        } finally {
            clear(marker);
        }
    }

    private void walk(Map<String, Row> rows, String marker) {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        long started = System.nanoTime();
        for (Kind kind : kinds(marker)) {
            for (String state : kind.states()) {
                List<Try> tries = new ArrayList<>();
                for (String step : kind.steps()) {
                    Row row = rows.get(kind.record() + " " + step);
                    for (Role caller : CALLERS) {
                        tries.add(new Try(step, caller, false,
                                row != null && row.from().contains(state) && row.roles().contains(caller)));
                    }
                    for (Role caller : FOREIGN) {
                        tries.add(new Try(step, caller, true, false));
                    }
                }
                List<Copy> copies = kind.copies().apply(state, tries.size());
                for (int i = 0; i < tries.size(); i++) {
                    Try t = tries.get(i);
                    Response r = kind.attempt().take(copies.get(i), t.step(), t.token());
                    String door = String.format("%s %s from %s by %s%s", kind.record(), t.step(), state,
                            t.caller().wireName(), t.foreign() ? " of another township" : "");
                    assertTrue(r.statusCode() < 500, door + ": " + r.asString());
                    // another township's caller learns nothing of the record, whatever its role and state (404, or
                    // 403 where his role may not take the step anywhere)
                    boolean asDocumented = t.foreign() ? r.statusCode() == 404 || r.statusCode() == 403
                            : opened(r, kind.refusal()) == t.expected();
                    if (!asDocumented) {
                        String type = r.statusCode() >= 400 ? " " + r.jsonPath().getString("type") : "";
                        wrong.add(String.format("%s: %s%s (documented: %s)", door, r.statusCode(), type,
                                t.foreign() ? "404" : t.expected() ? "allowed" : "refused"));
                    }
                    tried++;
                }
            }
        }
        Log.infof("%d doors tried in %d ms", tried, (System.nanoTime() - started) / 1_000_000);
        assertTrue(tried >= 250, "tried " + tried);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + tried + " doors differ from docs/lifecycle.md:\n"
                + String.join("\n", wrong));
        // a hazard has no door of its own: it is closed exactly when its notice is
        Number apart = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from rectification_notice n join hazard h on h.id = n.hazard_id "
                        + "where h.description = ?1 and (n.status = 'CLOSED') <> (h.status = 'CLOSED')")
                .setParameter(1, marker).getSingleResult());
        assertEquals(0, apart.intValue(), "hazards whose status differs from their notice's");
    }

    /** Removes this run's records, so that no other test's lists of the township see them. */
    private void clear(String marker) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String sql : new String[] {
                    "delete from illegal_case_history where case_id in (select id from illegal_case where description = ?1)",
                    "delete from illegal_case where description = ?1",
                    "delete from stop_work_notice where reason = ?1",
                    "delete from visit where notes = ?1",
                    "delete from rectification_notice where hazard_id in (select id from hazard where description = ?1)",
                    "delete from hazard where description = ?1" }) {
                em.createNativeQuery(sql).setParameter(1, marker).executeUpdate();
            }
            if (permit != null) {
                em.createNativeQuery("delete from visit where permit_id = ?1").setParameter(1, permit).executeUpdate();
                em.createNativeQuery("delete from outbox_event where aggregate_id = ?1")
                        .setParameter(1, permit.toString()).executeUpdate();
            }
        });
    }

    /** @param refusal the record's state-refusal types, several separated by " / " */
    private static boolean opened(Response r, String refusal) {
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            return false;
        }
        String type = String.valueOf(r.jsonPath().getString("type"));
        return r.statusCode() != 409
                || Arrays.stream(refusal.split("/")).map(String::trim).noneMatch(t -> type.endsWith(":" + t));
    }

    /**
     * The three kinds of record, with templates made through the API when {@code marker} is given (a permit with a
     * critical hazard, so a notice and a stop-work, a passed re-check after them, and a case), each described by the
     * marker, and so are their copies.
     */
    private List<Kind> kinds(String marker) {
        String hazard = null;
        String notice = null;
        String stopWork = null;
        String recheck = null;
        String illegalCase = null;
        if (marker != null) {
            permit = UUID.randomUUID();
            PermitsStub.siteForToken(permit, TOWNSHIP, VILLAGE, SITE_LAT, SITE_LNG, "KEY_MILESTONE");
            String failed = Visits.onSite(permit, "RECHECK", null, "FAILED");
            var created = inspector().body(Map.of("type", "STRUCTURE", "grade", "CRITICAL", "description",
                    marker, "responsiblePerson", "李建国")).post("/api/v1/visits/" + failed + "/hazards")
                    .then().statusCode(201).extract();
            hazard = created.path("id");
            notice = created.path("notice.id");
            stopWork = created.path("stopWorkNoticeId");
            recheck = Visits.onSite(permit, "RECHECK", null, "PASSED");
            illegalCase = inspector().body(Map.of("kind", "NO_PERMIT", "townshipCode", TOWNSHIP, "villageCode",
                    VILLAGE, "lat", 28.4601, "lng", 117.9702, "description", marker))
                    .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        }
        String visit = recheck;
        String theHazard = hazard;
        String theNotice = notice;
        String theStopWork = stopWork;
        String theCase = illegalCase;
        return List.of(
                new Kind("illegal case", "POST /api/v1/cases/{id}/transitions", "case-transition-not-allowed",
                        names(CaseState.values()), Stream.of(CaseState.values()).map(s -> "to: " + s).toList(),
                        (state, n) -> copies("illegal_case", Map.of("state", text(state)), theCase, n),
                        (copy, step, token) -> step(token, copy, "/api/v1/cases/" + copy.id() + "/transitions",
                                Map.of("to", step.substring("to: ".length()), "note", "门禁测试 door test"))),
                new Kind("hazard", "POST /api/v1/hazards/{id}/void", "hazard-already-voided",
                        names(Hazard.Status.values()), List.of("—"),
                        (state, n) -> hazardCopies(theHazard, marker, state, n),
                        (copy, step, token) -> step(token, copy, "/api/v1/hazards/" + copy.id() + "/void",
                                Map.of("reason", "门禁测试 door test"))),
                new Kind("rectification notice", "POST /api/v1/rectification-notices/{id}/recheck",
                        "notice-closed / notice-voided",
                        names(RectificationNotice.Status.values()),
                        Stream.of(Recheck.Decision.values()).map(d -> "decision: " + d).toList(),
                        (state, n) -> noticeCopies(theHazard, theNotice, visit, marker, state, n),
                        (copy, step, token) -> step(token, copy,
                                "/api/v1/rectification-notices/" + copy.id() + "/recheck",
                                Map.of("visitId", visit, "decision", step.substring("decision: ".length()),
                                        "newDeadline", HazardService.today().plusDays(60).toString()))),
                new Kind("stop-work notice", "POST /api/v1/stop-work-notices/{id}/lift", "stop-work-not-in-force",
                        names(StopWorkNotice.Status.values()), List.of("—"),
                        (state, n) -> stopWorkCopies(theStopWork, visit, marker, state, n),
                        (copy, step, token) -> step(token, copy, "/api/v1/stop-work-notices/" + copy.id() + "/lift",
                                Map.of("visitId", recheckOf(copy)))));
    }

    private static Response step(String token, Copy copy, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", "\"" + copy.version() + "\"").body(body).post(path);
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    private static String text(String value) {
        return "'" + value + "'";
    }

    private static String uuid(String id) {
        return "cast('" + UUID.fromString(id) + "' as uuid)";
    }

    private static String lifted(String state, String closedState, String expression) {
        return state.equals(closedState) ? expression : "null";
    }

    /** So many copies of the template row, each with its own id and these columns set. */
    private List<Copy> copies(String table, Map<String, String> set, String template, int n) {
        String sql = insertSelect(table, set, ", generate_series(1, " + n + ") where t.id = " + uuid(template))
                + " returning id, version";
        return run(sql);
    }

    /**
     * So many copies of the template stop-work in this state, each on a build of its own (one notice in force per
     * build) with a copy of the passed re-check on that build, as a lift needs.
     */
    private List<Copy> stopWorkCopies(String stopWork, String recheck, String marker, String state, int n) {
        String visits = insertSelect("visit", Map.of("permit_id", "gen_random_uuid()", "notes", text(marker)),
                ", generate_series(1, " + n + ") where t.id = " + uuid(recheck)) + " returning id, permit_id";
        String notices = insertSelect("stop_work_notice", Map.of("permit_id", "v.permit_id", "status", text(state),
                "lifted_at", lifted(state, "LIFTED", "now()"), "lifting_visit_id", lifted(state, "LIFTED", "v.id")),
                ", v where t.id = " + uuid(stopWork));
        return run("with v as (" + visits + ") " + notices + " returning id, version");
    }

    /** The re-check copied onto the stop-work copy's own build. */
    private String recheckOf(Copy copy) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select v.id::text from visit v "
                + "join stop_work_notice n on n.permit_id = v.permit_id where n.id = ?1").setParameter(1, copy.id())
                .getSingleResult()).toString();
    }

    /** The columns of a hazard in this state: closed out, or voided with who, when and why. */
    private static Map<String, String> hazardIn(String state, String marker) {
        boolean voided = state.equals("VOIDED");
        return Map.of("status", text(state), "description", text(marker),
                "closed_at", state.equals("CLOSED") ? "now()" : "null", "voided_at", voided ? "now()" : "null",
                "voided_by", voided ? "'test-county_admin'" : "null", "void_reason", voided ? "'门禁测试'" : "null");
    }

    /** So many copies of the template hazard in this state (without a notice). */
    private List<Copy> hazardCopies(String hazard, String marker, String state, int n) {
        return run(insertSelect("hazard", hazardIn(state, marker),
                ", generate_series(1, " + n + ") where t.id = " + uuid(hazard)) + " returning id, version");
    }

    /** So many copies of the template notice in this state, each with a copy of the hazard of its own. */
    private List<Copy> noticeCopies(String hazard, String notice, String visit, String marker, String state, int n) {
        boolean closed = state.equals("CLOSED");
        String hazards = insertSelect("hazard", hazardIn(state, marker),
                ", generate_series(1, " + n + ") where t.id = " + uuid(hazard)) + " returning id";
        String notices = insertSelect("rectification_notice", Map.of("hazard_id", "h.id", "status", text(state),
                "closed_at", closed ? "now()" : "null", "closing_visit_id", closed ? uuid(visit) : "null",
                "voided_at", state.equals("VOIDED") ? "now()" : "null"),
                ", h where t.id = " + uuid(notice));
        return run("with h as (" + hazards + ") " + notices + " returning id, version");
    }

    @SuppressWarnings("unchecked")
    private String insertSelect(String table, Map<String, String> set, String from) {
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select column_name from information_schema.columns where table_name = ?1 order by ordinal_position")
                .setParameter(1, table).getResultList());
        Map<String, String> values = new HashMap<>(set);
        values.put("id", "gen_random_uuid()");
        String select = columns.stream().map(c -> values.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
                + " t" + from;
    }

    @SuppressWarnings("unchecked")
    private List<Copy> run(String sql) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList());
        return rows.stream().map(r -> new Copy((UUID) r[0], ((Number) r[1]).longValue())).toList();
    }
}
