package org.anju.gateway.compose;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Divisions;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** 一户一档: one household's whole file composed from permits, registry and inspections, in parallel. */
@ApplicationScoped
public class HouseholdFile {

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

        Optional<JsonNode> permit = currentPermit(parts, auth, householdId);
        Optional<UUID> permitId = permit.map(p -> UUID.fromString(p.get("id").asText()));
        String township = h.get("townshipCode").asText();

        var history = permitId.map(id -> parts.start("permits", () -> permits.read(api -> api.history(auth, id))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        var site = permitId.map(id -> parts.start("permits", () -> permits.read(api -> api.site(auth, id))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        Optional<UUID> crewId = permit.map(p -> p.path("crewId").asText(null)).map(UUID::fromString);
        var crew = crewId.map(id -> parts.start("registry", () -> registry.read(api -> api.crew(auth, id))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        var eligibility = crewId.map(id -> parts.start("registry", () -> registry.read(api -> api.eligibility(auth, id))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        var visits = permitId.map(id -> parts.start("inspections", () -> inspections.read(api -> api.visits(auth, id, 100))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        var notices = permitId.map(id -> parts.start("inspections", () -> inspections.read(api -> api.notices(auth, township, 100))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        var stopWorks = permitId.map(id -> parts.start("inspections",
                () -> inspections.read(api -> api.stopWorks(auth, township, "IN_FORCE", 100))))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        CompletableFuture.allOf(history, site, crew, eligibility, visits, notices, stopWorks).join();

        ObjectNode file = json.createObjectNode();
        FileShapes shapes = new FileShapes(json, parts, divisions);
        file.set("household", shapes.household(h));
        file.set("permit", permit.<JsonNode>map(p -> shapes.permit(p, Parts.join(site))).orElse(NullNode.instance));
        file.set("history", shapes.history(Parts.join(history)));
        file.set("documents", permit.map(p -> p.path("documents")).filter(JsonNode::isArray)
                .orElse(json.createArrayNode()));
        file.set("crew", crewId.<JsonNode>map(id -> shapes.crew(id, Parts.join(crew), Parts.join(eligibility)))
                .orElse(NullNode.instance));
        file.set("visits", shapes.visits(Parts.join(visits)));
        ArrayNode allNotices = shapes.notices(Parts.join(notices), permitId.orElse(null));
        allNotices.addAll(shapes.stopWorks(Parts.join(stopWorks), permitId.orElse(null)));
        file.set("notices", allNotices);
        ArrayNode unavailable = json.createArrayNode();
        parts.unavailable().forEach(unavailable::add);
        ObjectNode answer = json.createObjectNode();
        answer.put("partial", !unavailable.isEmpty());
        answer.set("unavailable", unavailable);
        answer.setAll(file);
        return answer;
    }

    /** The household's newest build; only accepted when permits confirms it belongs to this household. */
    private Optional<JsonNode> currentPermit(Parts parts, String auth, UUID householdId) {
        Optional<JsonNode> page = Parts.join(parts.start("permits",
                () -> permits.read(api -> api.permitsOfHousehold(auth, householdId, 5))));
        for (JsonNode item : page.map(p -> p.path("items")).orElse(json.createArrayNode())) {
            if (item.hasNonNull("householdId") && !householdId.toString().equals(item.get("householdId").asText())) {
                continue;
            }
            UUID id;
            try {
                id = UUID.fromString(item.path("id").asText());
            } catch (IllegalArgumentException e) {
                parts.failed("permits", e);
                return Optional.empty();
            }
            Optional<JsonNode> full = Parts.join(parts.start("permits", () -> permits.read(api -> api.permit(auth, id))));
            if (full.isPresent() && householdId.toString().equals(full.get().path("householdId").asText())) {
                return full;
            }
        }
        return Optional.empty();
    }
}
