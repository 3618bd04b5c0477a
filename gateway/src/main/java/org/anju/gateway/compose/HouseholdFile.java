package org.anju.gateway.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Divisions;
import org.anju.common.paging.Cursor;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 一户一档: one household's whole file composed from permits, registry and inspections: every build of the household,
 * newest first, each with its history, documents, crew, and the first page of each of its visits, hazards,
 * rectification notices and stop-work notices, asked per build from inspections, with the link to the next page when
 * a part is longer. The parts of all builds are asked in parallel.
 */
@ApplicationScoped
public class HouseholdFile {

    /** Items of each part carried in the file itself; the rest is one {@code next} link away. */
    static final int PAGE = Cursor.MAX_LIMIT;

    private final ServiceClients.Permits permits;
    private final ServiceClients.Registry registry;
    private final ServiceClients.Inspections inspections;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Divisions divisions;

    public HouseholdFile(ServiceClients.Permits permits, ServiceClients.Registry registry,
            ServiceClients.Inspections inspections, ManagedExecutor executor, ObjectMapper json,
            Divisions divisions) {
        this.divisions = divisions;
        this.permits = permits;
        this.registry = registry;
        this.inspections = inspections;
        this.executor = executor;
        this.json = json;
    }

    /** Composes the file; 404 for an unknown household or one outside the caller's townships, 503 without permits. */
    public ObjectNode compose(UUID householdId, String auth, Caller caller) {
        Parts parts = new Parts(executor);
        Optional<JsonNode> household = Parts.join(parts.start("permits",
                () -> permits.read(api -> api.household(auth, householdId))));
        if (parts.unavailable().contains("permits")) {
            throw new ProblemException(503, "service-unavailable", "服务暂不可用", "Service unavailable",
                    "permits-service did not answer; the household file cannot be checked without it")
                    .with("service", "permits");
        }
        JsonNode h = household.filter(n -> n.isObject() && n.hasNonNull("townshipCode"))
                .filter(n -> caller.mayAccessTownship(n.get("townshipCode").asText()))
                .orElseThrow(() -> ProblemException.notFound("Household", householdId));

        List<JsonNode> permitsOfHousehold = builds(parts, auth, householdId);
        List<Build> builds = permitsOfHousehold.stream().map(p -> start(parts, auth, p)).toList();
        CompletableFuture.allOf(builds.stream().flatMap(Build::calls).toArray(CompletableFuture[]::new)).join();

        FileShapes shapes = new FileShapes(json, parts, divisions);
        ObjectNode file = json.createObjectNode();
        file.set("household", shapes.household(h));
        ArrayNode out = file.putArray("builds");
        builds.forEach(b -> out.add(b.shape(shapes)));
        ArrayNode unavailable = json.createArrayNode();
        parts.unavailable().forEach(unavailable::add);
        ObjectNode answer = json.createObjectNode();
        answer.put("partial", !unavailable.isEmpty());
        answer.set("unavailable", unavailable);
        answer.setAll(file);
        return answer;
    }

    /**
     * Every build of the household, newest first, each read in full (in parallel) and kept only when permits confirms
     * it belongs to this household; the household's list is followed page by page to its end.
     */
    private List<JsonNode> builds(Parts parts, String auth, UUID householdId) {
        List<UUID> ids = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            String after = cursor;
            Optional<JsonNode> page = Parts.join(parts.start("permits",
                    () -> permits.read(api -> api.permitsOfHousehold(auth, householdId, after, PAGE))));
            if (page.isPresent() && !page.get().path("items").isArray()) {
                parts.failed("permits", new IllegalStateException("permit page without items"));
                break;
            }
            for (JsonNode item : page.map(p -> p.path("items")).orElse(json.createArrayNode())) {
                if (item.hasNonNull("householdId") && !householdId.toString().equals(item.get("householdId").asText())) {
                    continue;
                }
                try {
                    ids.add(UUID.fromString(item.path("id").asText()));
                } catch (IllegalArgumentException e) {
                    parts.failed("permits", e);
                }
            }
            cursor = page.map(p -> p.path("nextCursor").asText(null)).orElse(null);
        } while (cursor != null && cursors.add(cursor));
        List<CompletableFuture<Optional<JsonNode>>> full = ids.stream()
                .map(id -> parts.start("permits", () -> permits.read(api -> api.permit(auth, id)))).toList();
        CompletableFuture.allOf(full.toArray(CompletableFuture[]::new)).join();
        return full.stream().map(Parts::join).flatMap(Optional::stream)
                .filter(p -> householdId.toString().equals(p.path("householdId").asText()))
                .filter(p -> p.hasNonNull("id")).toList();
    }

    /** Starts every call for one build's parts. */
    private Build start(Parts parts, String auth, JsonNode permit) {
        UUID id = UUID.fromString(permit.get("id").asText());
        Optional<UUID> crewId = Optional.ofNullable(permit.path("crewId").asText(null)).map(UUID::fromString);
        CompletableFuture<Optional<JsonNode>> none = CompletableFuture.completedFuture(Optional.empty());
        return new Build(id, permit,
                parts.start("permits", () -> permits.read(api -> api.history(auth, id))),
                parts.start("permits", () -> permits.read(api -> api.site(auth, id))),
                crewId.map(c -> parts.start("registry", () -> registry.read(api -> api.crewSummary(auth, c))))
                        .orElse(none),
                crewId.map(c -> parts.start("registry", () -> registry.read(api -> api.eligibility(auth, c))))
                        .orElse(none),
                parts.start("inspections", () -> inspections.read(api -> api.visits(auth, id, PAGE))),
                parts.start("inspections", () -> inspections.read(api -> api.hazardsOfPermit(auth, id, PAGE))),
                parts.start("inspections", () -> inspections.read(api -> api.noticesOfPermit(auth, id, PAGE))),
                parts.start("inspections", () -> inspections.read(api -> api.stopWorksOfPermit(auth, id, PAGE))));
    }

    /** One build and the calls for its parts. */
    private record Build(UUID id, JsonNode permit, CompletableFuture<Optional<JsonNode>> history,
            CompletableFuture<Optional<JsonNode>> site, CompletableFuture<Optional<JsonNode>> crew,
            CompletableFuture<Optional<JsonNode>> eligibility, CompletableFuture<Optional<JsonNode>> visits,
            CompletableFuture<Optional<JsonNode>> hazards, CompletableFuture<Optional<JsonNode>> notices,
            CompletableFuture<Optional<JsonNode>> stopWorks) {

        Stream<CompletableFuture<Optional<JsonNode>>> calls() {
            return Stream.of(history, site, crew, eligibility, visits, hazards, notices, stopWorks);
        }

        ObjectNode shape(FileShapes shapes) {
            ObjectNode b = shapes.json().createObjectNode();
            b.set("permit", shapes.permit(permit, Parts.join(site)));
            b.set("history", shapes.history(Parts.join(history)));
            b.set("documents", permit.path("documents").isArray() ? permit.get("documents")
                    : shapes.json().createArrayNode());
            Optional<UUID> crewId = Optional.ofNullable(permit.path("crewId").asText(null)).map(UUID::fromString);
            b.set("crew", crewId.<JsonNode>map(c -> shapes.crew(c, Parts.join(crew), Parts.join(eligibility)))
                    .orElse(NullNode.instance));
            b.set("visits", shapes.visits(Parts.join(visits), FileShapes.next("/api/v1/permits/" + id + "/visits?")));
            b.set("hazards", shapes.hazards(Parts.join(hazards), FileShapes.next("/api/v1/hazards?permit=" + id + "&")));
            b.set("rectificationNotices", shapes.notices(Parts.join(notices), id,
                    FileShapes.next("/api/v1/rectification-notices?permit=" + id + "&")));
            b.set("stopWorkNotices", shapes.stopWorks(Parts.join(stopWorks), id,
                    FileShapes.next("/api/v1/stop-work-notices?permit=" + id + "&")));
            return b;
        }
    }
}
