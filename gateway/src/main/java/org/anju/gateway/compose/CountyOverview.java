package org.anju.gateway.compose;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Divisions;
import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * County overview per township, from the services' count endpoints only (never unbounded lists). Measures that no
 * service can count yet are null and named in {@code notAvailable}.
 */
@ApplicationScoped
public class CountyOverview {

    static final Map<String, String> NOT_AVAILABLE = new TreeMap<>(Map.of(
            "mandatoryVisitCompletionRate", "inspections-service has no count endpoint",
            "rectificationCloseOutRate", "inspections-service has no count endpoint",
            "averageDaysToDecision", "permits-service /permits/counts has no decision durations",
            "overdueCounts", "permits-service /permits/counts has no overdue counts",
            "period", "permits-service /permits/counts takes no from/to period; counts are current"));

    private final ServiceClients.Permits permits;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Divisions divisions;

    public CountyOverview(ServiceClients.Permits permits, ManagedExecutor executor, ObjectMapper json,
            Divisions divisions) {
        this.permits = permits;
        this.executor = executor;
        this.json = json;
        this.divisions = divisions;
    }

    public ObjectNode overview(String auth, String from, String to) {
        Parts parts = new Parts(executor);
        Optional<JsonNode> counts = Parts.join(parts.start("permits", () -> permits.counts(auth)));
        if (counts.isPresent() && !counts.get().isArray()) {
            parts.failed("permits", new IllegalStateException("counts are not a list"));
            counts = Optional.empty();
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("from", from);
        answer.put("to", to);
        ObjectNode townships = json.createObjectNode();
        divisions.townships().forEach(t -> {
            ObjectNode o = townships.putObject(t.code());
            o.put("name", t.name());
            o.putObject("applicationsByState");
            NOT_AVAILABLE.keySet().stream().filter(k -> !"period".equals(k)).forEach(o::putNull);
        });
        for (JsonNode c : counts.map(n -> (Iterable<JsonNode>) n).orElse(json.createArrayNode())) {
            JsonNode t = townships.get(c.path("townshipCode").asText(""));
            if (t instanceof ObjectNode o) {
                ((ObjectNode) o.get("applicationsByState")).put(c.path("state").asText(), c.path("count").asLong());
            }
        }
        answer.put("partial", !parts.unavailable().isEmpty());
        var unavailable = answer.putArray("unavailable");
        parts.unavailable().forEach(unavailable::add);
        ObjectNode notAvailable = answer.putObject("notAvailable");
        NOT_AVAILABLE.forEach(notAvailable::put);
        answer.set("townships", townships);
        return answer;
    }
}
