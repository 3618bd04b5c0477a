package org.anju.permits.lifecycle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.permit.Track;
import org.anju.permits.support.Fixture;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every door of the state machine, tried: each action from each state, by each role and by a service token, on both
 * tracks, with and without a stop-work notice in force, each on a build of its own. What opens must be exactly what
 * docs/lifecycle.md documents; a door that opens without being in the table, or a documented one that stays shut,
 * fails the build. "Opens" means the table let the request through to its guards and inputs (any answer but 403
 * forbidden, 409 transition-not-allowed and 409 stop-work-in-force).
 */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class TransitionDoorsTest {

    private static final List<Role> CALLERS = List.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER,
            Role.COUNTY_CLERK, Role.COUNTY_ADMIN, Role.BUREAU_READER, Role.SERVICE);

    @Inject
    EntityManager em;

    /** One documented row. */
    record Door(Action action, Set<PermitState> from, Map<Track, Set<Role>> roles, boolean underStopWork) {
    }

    static Map<Action, Door> documented() throws IOException {
        Path doc = Path.of("..", "docs", "lifecycle.md");
        Map<Action, Door> out = new EnumMap<>(Action.class);
        List<String> lines = Files.readAllLines(doc);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("# ")) {
                break; // the next section is another service's table
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            // cells[0] is empty: | action | 中文 | from | to | below | above | by event | under stop-work |
            Action action = Action.fromWire(cells[1].replace("`", ""));
            Set<PermitState> from = Arrays.stream(cells[3].split(",")).map(String::trim).map(PermitState::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PermitState.class)));
            Map<Track, Set<Role>> roles = new EnumMap<>(Track.class);
            roles.put(Track.BELOW_LIMIT, roles(cells[5]));
            roles.put(Track.ABOVE_LIMIT, roles(cells[6]));
            out.put(action, new Door(action, from, roles, cells[8].equals("yes")));
        }
        return out;
    }

    private static Set<Role> roles(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).map(Role::fromWire)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Test
    void theDocumentedTableNamesEveryActionOfTheCode() throws IOException {
        assertEquals(EnumSet.allOf(Action.class), EnumSet.copyOf(documented().keySet()),
                "docs/lifecycle.md must have one row per action");
    }

    @Test
    void everyDoorThatOpensIsInTheDocumentedTableAndEveryDocumentedOneOpens() throws IOException {
        RegistryStub.stubs();
        Map<Action, Door> doors = documented();
        String template = Fixture.draft();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Track track : Track.values()) {
            for (PermitState state : PermitState.values()) {
                for (boolean stopped : new boolean[] { false, true }) {
                    List<Object[]> tries = new ArrayList<>();
                    for (Action action : Action.values()) {
                        Door door = doors.get(action);
                        for (Role caller : CALLERS) {
                            boolean byTable = door.from().contains(state) && door.roles().get(track).contains(caller);
                            // under a stop-work, only the callers the table lets in are tried again
                            if (stopped && !byTable) {
                                continue;
                            }
                            tries.add(new Object[] { action, caller, byTable && (!stopped || door.underStopWork()) });
                        }
                    }
                    List<UUID> builds = copies(template, state, track, stopped, tries.size());
                    for (int i = 0; i < tries.size(); i++) {
                        Action action = (Action) tries.get(i)[0];
                        Role caller = (Role) tries.get(i)[1];
                        boolean expected = (Boolean) tries.get(i)[2];
                        Response r = attempt(builds.get(i), action, caller);
                        assertTrue(r.statusCode() < 500 || r.statusCode() == 503,
                                action + " from " + state + " by " + caller + ": " + r.asString());
                        boolean opened = opened(r);
                        if (opened != expected) {
                            wrong.add(String.format("%s %s from %s%s by %s: %s (documented: %s)", track,
                                    action.wireName(), state, stopped ? " under stop-work" : "", caller.wireName(),
                                    r.statusCode(), expected ? "allowed" : "refused"));
                        }
                        tried++;
                    }
                }
            }
        }
        assertTrue(tried > 2000, "tried " + tried);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + tried + " doors differ from docs/lifecycle.md:\n"
                + String.join("\n", wrong));
    }

    private static boolean opened(Response r) {
        if (r.statusCode() == 403 || r.statusCode() == 401) {
            return false;
        }
        if (r.statusCode() == 409) {
            String type = r.jsonPath().getString("type");
            return !type.endsWith(":transition-not-allowed") && !type.endsWith(":stop-work-in-force");
        }
        return true;
    }

    private static Response attempt(UUID build, Action action, Role caller) {
        String token = caller == Role.SERVICE ? TestTokens.service()
                : TestTokens.as(caller, TestTokens.CHENGGUAN);
        Map<String, Object> body = new HashMap<>();
        body.put("action", action.wireName());
        body.put("reason", "门禁测试 door test");
        body.put("noticeStartedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        body.put("pledgeSigned", true);
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .post("/api/v1/permits/" + build + "/transitions");
    }

    /** So many copies of the template draft, each in this state and track, held by a stop-work or not. */
    @SuppressWarnings("unchecked")
    private List<UUID> copies(String template, PermitState state, Track track, boolean stopped, int n) {
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'permit' "
                        + "order by ordinal_position").getResultList());
        Map<String, String> set = new HashMap<>();
        set.put("id", "gen_random_uuid()");
        set.put("application_number", "'DOOR-' || gen_random_uuid()");
        set.put("state", "'" + state + "'");
        set.put("track", state == PermitState.DRAFT ? "null" : "'" + track + "'");
        set.put("submitted_at", state == PermitState.DRAFT ? "null" : "now() - interval '9 days'");
        set.put("suspended_from", state == PermitState.SUSPENDED ? "'UNDER_CONSTRUCTION'" : "null");
        set.put("suspended_at", state == PermitState.SUSPENDED ? "now()" : "null");
        set.put("suspended_by_stop_work", String.valueOf(stopped && state == PermitState.SUSPENDED));
        set.put("stop_work_notice_id", stopped ? "gen_random_uuid()::text" : "null");
        set.put("stop_work_since", stopped ? "now()" : "null");
        set.put("version", "0");
        String select = columns.stream().map(c -> set.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        String sql = "insert into permit (" + String.join(", ", columns) + ") select " + select
                + " from permit t, generate_series(1, " + n + ") where t.id = cast(?1 as uuid) returning id";
        return QuarkusTransaction.requiringNew().call(() -> (List<UUID>) em.createNativeQuery(sql)
                .setParameter(1, template).getResultList());
    }
}
