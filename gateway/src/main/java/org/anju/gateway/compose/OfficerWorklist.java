package org.anju.gateway.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.security.Caller;
import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A township officer's worklist: one section per kind of work, each from its owning service (first page, at most
 * 100 per township) and each with its own availability flag.
 */
@ApplicationScoped
public class OfficerWorklist {

    /** Sections no service can answer yet without an unbounded list; named so the app can say so. */
    static final Map<String, String> NOT_OFFERED = Map.of(
            "stopWorksInForce", "inspections-service has no list of stop-work notices in force",
            "crewsQualificationExpiring", "registry-service has no filter by qualification expiry");

    private final ServiceClients.Permits permits;
    private final ServiceClients.Inspections inspections;
    private final ManagedExecutor executor;
    private final ObjectMapper json;

    public OfficerWorklist(ServiceClients.Permits permits, ServiceClients.Inspections inspections,
            ManagedExecutor executor, ObjectMapper json) {
        this.permits = permits;
        this.inspections = inspections;
        this.executor = executor;
        this.json = json;
    }

    public ObjectNode worklist(String auth, Caller caller) {
        List<String> townships = caller.townships().stream().sorted().toList();
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("applicationsOverdue", new Section("permits", t -> permits.overdue(auth, t)));
        sections.put("visitsDueToday", new Section("inspections", t -> inspections.visitsOfTownship(auth, t, "DUE_TODAY")));
        sections.put("visitsOverdue", new Section("inspections", t -> inspections.visitsOfTownship(auth, t, "OVERDUE")));
        sections.put("offSiteVisitsToReview", new Section("inspections", t -> inspections.visitsOfTownship(auth, t, "OFF_SITE")));
        sections.put("noticesPastDeadline", new Section("inspections", t -> inspections.overdueNotices(auth, t)));
        Map<String, Map<String, CompletableFuture<Optional<JsonNode>>>> calls = new LinkedHashMap<>();
        Map<String, Parts> partsBySection = new LinkedHashMap<>();
        for (var s : sections.entrySet()) {
            Parts parts = new Parts(executor);
            partsBySection.put(s.getKey(), parts);
            Map<String, CompletableFuture<Optional<JsonNode>>> perTownship = new LinkedHashMap<>();
            for (String t : townships) {
                perTownship.put(t, parts.start(s.getValue().service(), () -> s.getValue().call().apply(t)));
            }
            calls.put(s.getKey(), perTownship);
        }
        CompletableFuture.allOf(calls.values().stream().flatMap(m -> m.values().stream())
                .toArray(CompletableFuture[]::new)).join();

        ObjectNode answer = json.createObjectNode();
        ObjectNode out = json.createObjectNode();
        java.util.Set<String> unavailable = new java.util.TreeSet<>();
        for (var s : calls.entrySet()) {
            Parts parts = partsBySection.get(s.getKey());
            ArrayNode items = json.createArrayNode();
            for (var call : s.getValue().values()) {
                Optional<JsonNode> page = call.join();
                if (page.isPresent() && !page.get().path("items").isArray()) {
                    parts.failed(sections.get(s.getKey()).service(), new IllegalStateException("page without items"));
                    continue;
                }
                page.ifPresent(p -> p.path("items").forEach(items::add));
            }
            boolean available = parts.unavailable().isEmpty();
            unavailable.addAll(parts.unavailable());
            ObjectNode section = out.putObject(s.getKey());
            section.put("available", available);
            section.put("service", sections.get(s.getKey()).service());
            section.set("items", available ? items : json.createArrayNode());
        }
        NOT_OFFERED.forEach((name, why) -> {
            ObjectNode section = out.putObject(name);
            section.put("available", false);
            section.put("reason", why);
            section.set("items", json.createArrayNode());
        });
        answer.put("partial", !unavailable.isEmpty());
        ArrayNode names = answer.putArray("unavailable");
        unavailable.forEach(names::add);
        answer.set("sections", out);
        return answer;
    }

    private record Section(String service, Function<String, Optional<JsonNode>> call) {
    }
}
