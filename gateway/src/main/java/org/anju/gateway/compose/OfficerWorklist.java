package org.anju.gateway.compose;

import java.time.LocalDate;
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

    /** Crews whose qualification expires within this many days are listed. */
    static final int EXPIRY_WINDOW_DAYS = 30;

    private final ServiceClients.Permits permits;
    private final ServiceClients.Inspections inspections;
    private final ServiceClients.Registry registry;
    private final ManagedExecutor executor;
    private final ObjectMapper json;

    public OfficerWorklist(ServiceClients.Permits permits, ServiceClients.Inspections inspections,
            ServiceClients.Registry registry, ManagedExecutor executor, ObjectMapper json) {
        this.permits = permits;
        this.inspections = inspections;
        this.registry = registry;
        this.executor = executor;
        this.json = json;
    }

    public ObjectNode worklist(String auth, Caller caller) {
        List<String> townships = caller.townships().stream().sorted().toList();
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("applicationsOverdue", new Section("permits", t -> permits.read(api -> api.overdue(auth, t, 100))));
        sections.put("visitsDueToday", new Section("inspections", t -> inspections.read(api -> api.visitsOfTownship(auth, t, "DUE_TODAY", 100))));
        sections.put("visitsOverdue", new Section("inspections", t -> inspections.read(api -> api.visitsOfTownship(auth, t, "OVERDUE", 100))));
        sections.put("offSiteVisitsToReview", new Section("inspections", t -> inspections.read(api -> api.visitsOfTownship(auth, t, "OFF_SITE", 100))));
        sections.put("noticesPastDeadline", new Section("inspections", t -> inspections.read(api -> api.overdueNotices(auth, t, true, 100))));
        sections.put("stopWorksInForce", new Section("inspections",
                t -> inspections.read(api -> api.stopWorks(auth, t, "IN_FORCE", 100))));
        String expiringBy = LocalDate.now(TodayWorklist.ZONE).plusDays(EXPIRY_WINDOW_DAYS).toString();
        sections.put("crewsQualificationExpiring", new Section("registry",
                t -> registry.read(api -> api.crewsExpiring(auth, t, expiringBy, 100))));
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
        answer.put("partial", !unavailable.isEmpty());
        ArrayNode names = answer.putArray("unavailable");
        unavailable.forEach(names::add);
        answer.set("sections", out);
        return answer;
    }

    private record Section(String service, Function<String, Optional<JsonNode>> call) {
    }
}
