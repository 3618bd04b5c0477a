package org.anju.gateway.compose;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Divisions;
import org.anju.common.period.StatisticsPeriod;
import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * County overview per township for a period, and its monthly trend: permits' and inspections' statistics asked in
 * parallel (aggregated by the services in SQL, never lists) and merged per township. A service that does not answer
 * leaves its figures null and the answer partial.
 */
@ApplicationScoped
public class CountyOverview {

    /** permits' statistics field -> overview field. */
    static final Map<String, String> PERMITS_FIELDS = fields("applicationsByState", "applicationsByState",
            "submitted", "submitted", "decided", "decided", "averageDaysToDecision", "averageDaysToDecision",
            "overdue", "overdueApplications", "mandatoryVisitsDue", "mandatoryVisitsDue",
            "mandatoryVisitsPassed", "mandatoryVisitsPassed",
            "mandatoryVisitCompletionRate", "mandatoryVisitCompletionRate");

    /** inspections' statistics field -> overview field. */
    static final Map<String, String> INSPECTIONS_FIELDS = fields("visitsRecorded", "visitsRecorded",
            "visitsOnSite", "visitsOnSite", "visitsOffSite", "visitsOffSite", "hazardsFound", "hazardsFound",
            "noticesIssued", "noticesIssued", "noticesClosedOut", "noticesClosedOut",
            "closeOutRate", "rectificationCloseOutRate", "noticesOverdue", "noticesOverdue",
            "stopWorksIssued", "stopWorksIssued", "stopWorksInForce", "stopWorksInForce",
            "casesOpened", "casesOpened");

    /** Monthly figures of permits. */
    static final Map<String, String> PERMITS_MONTHLY = fields("submitted", "submitted", "decided", "decided",
            "mandatoryVisitsDue", "mandatoryVisitsDue", "mandatoryVisitsPassed", "mandatoryVisitsPassed",
            "mandatoryVisitCompletionRate", "mandatoryVisitCompletionRate");

    /** Monthly figures of inspections. */
    static final Map<String, String> INSPECTIONS_MONTHLY = fields("visitsOnSite", "visitsOnSite",
            "visitsOffSite", "visitsOffSite", "noticesDue", "noticesDue", "noticesClosedOut", "noticesClosedOut",
            "closeOutRate", "closeOutRate");

    private final ServiceClients.Permits permits;
    private final ServiceClients.Inspections inspections;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Divisions divisions;

    public CountyOverview(ServiceClients.Permits permits, ServiceClients.Inspections inspections,
            ManagedExecutor executor, ObjectMapper json, Divisions divisions) {
        this.permits = permits;
        this.inspections = inspections;
        this.executor = executor;
        this.json = json;
        this.divisions = divisions;
    }

    /** Figures per township (keyed by code) for the days of the period. */
    public ObjectNode overview(String auth, StatisticsPeriod period) {
        String from = period.from().toString();
        String to = period.to().toString();
        Parts parts = new Parts(executor);
        var fromPermits = parts.start("permits", () -> permits.read(api -> api.statistics(auth, from, to)));
        var fromInspections = parts.start("inspections", () -> inspections.read(api -> api.statistics(auth,
                from, to)));
        CompletableFuture.allOf(fromPermits, fromInspections).join();
        Map<String, JsonNode> p = byTownship(parts, "permits", Parts.join(fromPermits).map(n -> n.path("townships")));
        Map<String, JsonNode> i = byTownship(parts, "inspections",
                Parts.join(fromInspections).map(n -> n.path("townships")));

        ObjectNode townships = json.createObjectNode();
        divisions.townships().forEach(t -> {
            ObjectNode o = townships.putObject(t.code());
            o.put("name", t.name());
            copy(p.get(t.code()), PERMITS_FIELDS, o);
            copy(i.get(t.code()), INSPECTIONS_FIELDS, o);
            if (!o.path("applicationsByState").isObject()) {
                o.putObject("applicationsByState");
            }
        });
        ObjectNode answer = json.createObjectNode();
        answer.put("from", from);
        answer.put("to", to);
        mark(answer, parts);
        answer.set("townships", townships);
        return answer;
    }

    /** Completion and close-out rates (and their counts) per month and township. */
    public ObjectNode trend(String auth, StatisticsPeriod months) {
        String from = YearMonth.from(months.from()).toString();
        String to = YearMonth.from(months.to()).toString();
        Parts parts = new Parts(executor);
        var fromPermits = parts.start("permits", () -> permits.read(api -> api.monthly(auth, from, to)));
        var fromInspections = parts.start("inspections", () -> inspections.read(api -> api.monthly(auth,
                from, to)));
        CompletableFuture.allOf(fromPermits, fromInspections).join();
        Map<String, Map<String, JsonNode>> p = byMonth(parts, "permits", Parts.join(fromPermits));
        Map<String, Map<String, JsonNode>> i = byMonth(parts, "inspections", Parts.join(fromInspections));

        ObjectNode answer = json.createObjectNode();
        answer.put("from", from);
        answer.put("to", to);
        mark(answer, parts);
        ArrayNode out = answer.putArray("months");
        for (String month : months.months()) {
            ObjectNode m = out.addObject();
            m.put("month", month);
            ArrayNode townships = m.putArray("townships");
            divisions.townships().forEach(t -> {
                ObjectNode o = townships.addObject();
                o.put("township", t.code());
                o.put("name", t.name());
                copy(p.getOrDefault(month, Map.of()).get(t.code()), PERMITS_MONTHLY, o);
                copy(i.getOrDefault(month, Map.of()).get(t.code()), INSPECTIONS_MONTHLY, o);
            });
        }
        return answer;
    }

    private Map<String, Map<String, JsonNode>> byMonth(Parts parts, String service, Optional<JsonNode> answer) {
        Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
        if (answer.isEmpty()) {
            return out;
        }
        JsonNode months = answer.get().path("months");
        if (!months.isArray()) {
            parts.failed(service, new IllegalStateException("monthly statistics without months"));
            return out;
        }
        for (JsonNode m : months) {
            out.put(m.path("month").asText(), byTownship(parts, service, Optional.of(m.path("townships"))));
        }
        return out;
    }

    private static Map<String, JsonNode> byTownship(Parts parts, String service, Optional<JsonNode> townships) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (townships.isEmpty()) {
            return out;
        }
        if (!townships.get().isArray()) {
            parts.failed(service, new IllegalStateException("statistics without a townships list"));
            return out;
        }
        townships.get().forEach(t -> out.put(t.path("township").asText(), t));
        return out;
    }

    /** Copies the mapped fields, null where the service had no figure (or did not answer). */
    private static void copy(JsonNode from, Map<String, String> fields, ObjectNode to) {
        fields.forEach((source, target) -> {
            JsonNode value = from == null ? null : from.get(source);
            if (value == null || value.isMissingNode()) {
                to.putNull(target);
            } else {
                to.set(target, value);
            }
        });
    }

    private static void mark(ObjectNode answer, Parts parts) {
        answer.put("partial", !parts.unavailable().isEmpty());
        ArrayNode unavailable = answer.putArray("unavailable");
        parts.unavailable().forEach(unavailable::add);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            out.put(pairs[k], pairs[k + 1]);
        }
        return out;
    }
}
