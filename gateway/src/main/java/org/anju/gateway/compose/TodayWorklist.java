package org.anju.gateway.compose;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Divisions;
import org.anju.common.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The inspector's "today": visits due today and overdue in the caller's townships, with the sites' data. */
@ApplicationScoped
public class TodayWorklist {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ServiceClients.Permits permits;
    private final ServiceClients.Inspections inspections;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Divisions divisions;
    private final double radiusMetres;

    public TodayWorklist(ServiceClients.Permits permits, ServiceClients.Inspections inspections,
            ManagedExecutor executor, ObjectMapper json, Divisions divisions,
            @ConfigProperty(name = "anju.presence.radius-metres", defaultValue = "100") double radiusMetres) {
        this.permits = permits;
        this.inspections = inspections;
        this.executor = executor;
        this.json = json;
        this.divisions = divisions;
        this.radiusMetres = radiusMetres;
    }

    public ObjectNode today(String auth, Caller caller) {
        LocalDate today = LocalDate.now(ZONE);
        Parts parts = new Parts(executor);
        List<String> townships = caller.townships().stream().sorted().toList();
        Map<String, CompletableFuture<Optional<JsonNode>>> lists = new LinkedHashMap<>();
        for (String township : townships) {
            for (String view : new String[] { "DUE_TODAY", "OVERDUE" }) {
                lists.put(township + "/" + view, parts.start("inspections",
                        () -> inspections.read(api -> api.visitsOfTownship(auth, township, view, 100))));
            }
        }
        CompletableFuture.allOf(lists.values().toArray(CompletableFuture[]::new)).join();
        List<JsonNode> visits = new ArrayList<>();
        for (var list : lists.values()) {
            Optional<JsonNode> page = list.join();
            if (page.isPresent() && !page.get().path("items").isArray()) {
                parts.failed("inspections", new IllegalStateException("visit page without items"));
                continue;
            }
            page.ifPresent(p -> p.path("items").forEach(visits::add));
        }
        Map<String, CompletableFuture<Optional<JsonNode>>> sites = new LinkedHashMap<>();
        for (JsonNode v : visits) {
            String permitId = v.path("permitId").asText("");
            if (carriesTheBuild(v)) {
                continue; // the due list names the build, its household, address and site: no call per item
            }
            if (!permitId.isEmpty() && !sites.containsKey(permitId)) {
                sites.put(permitId, parts.start("permits", () -> permits.read(api -> api.permit(auth, UUID.fromString(permitId)))));
            }
        }
        CompletableFuture.allOf(sites.values().toArray(CompletableFuture[]::new)).join();
        Map<String, CompletableFuture<Optional<JsonNode>>> households = new LinkedHashMap<>();
        for (JsonNode v : visits) {
            if (v.hasNonNull("applicantName")) {
                continue; // inspections' due list names the applicant already
            }
            Optional<JsonNode> site = Optional.ofNullable(sites.get(v.path("permitId").asText("")))
                    .flatMap(CompletableFuture::join);
            String householdId = site.map(p -> p.path("householdId").asText("")).orElse("");
            if (!householdId.isEmpty() && !households.containsKey(householdId)) {
                households.put(householdId, parts.start("permits",
                        () -> permits.read(api -> api.household(auth, UUID.fromString(householdId)))));
            }
        }
        CompletableFuture.allOf(households.values().toArray(CompletableFuture[]::new)).join();

        ArrayNode items = json.createArrayNode();
        for (JsonNode v : visits) {
            Optional<JsonNode> permit = Optional.ofNullable(sites.get(v.path("permitId").asText("")))
                    .flatMap(CompletableFuture::join);
            Optional<JsonNode> household = permit.map(p -> households.get(p.path("householdId").asText("")))
                    .flatMap(CompletableFuture::join);
            ObjectNode o = items.addObject();
            o.put("visitId", v.path("id").asText(null));
            o.put("permitId", v.path("permitId").asText(null));
            o.put("applicationNumber", text(v, permit, "applicationNumber"));
            o.put("householdId", text(v, permit, "householdId"));
            o.put("householdHead", v.hasNonNull("applicantName") ? v.get("applicantName").asText()
                    : household.map(h -> h.path("headName").asText(null)).orElse(null));
            String village = v.path("villageCode").asText(permit.map(p -> p.path("villageCode").asText(null)).orElse(null));
            o.put("villageCode", village);
            o.put("villageName", village == null ? null : divisions.find(village).map(d -> d.name()).orElse(null));
            o.put("townshipCode", v.path("townshipCode").asText(null));
            o.put("address", text(v, permit, "address"));
            o.put("visitType", v.path("visitType").asText(v.path("type").asText(null)));
            String due = v.path("dueOn").asText(v.path("scheduledDate").asText(null));
            o.put("dueDate", due);
            long late = 0;
            if (v.has("workingDaysOverdue")) {
                // the county's working days, as permits-service counts them
                late = v.get("workingDaysOverdue").asLong();
            } else if (due != null) {
                try {
                    late = Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(due), today));
                } catch (RuntimeException e) {
                    late = 0;
                }
            }
            o.put("overdueDays", late);
            if (v.path("site").hasNonNull("lat")) {
                o.put("lat", v.path("site").path("lat").asDouble());
                o.put("lng", v.path("site").path("lng").asDouble());
            } else if (permit.isPresent()) {
                o.put("lat", permit.get().path("lat").asDouble());
                o.put("lng", permit.get().path("lng").asDouble());
            } else {
                o.putNull("lat");
                o.putNull("lng");
            }
            o.put("radiusMetres", radiusMetres);
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("date", today.toString());
        ArrayNode unavailable = json.createArrayNode();
        parts.unavailable().forEach(unavailable::add);
        answer.put("partial", !unavailable.isEmpty());
        answer.set("unavailable", unavailable);
        answer.set("items", items);
        return answer;
    }

    /** Whether a due-list item already says all the worklist shows of its build (inspections passes permits' on). */
    private static boolean carriesTheBuild(JsonNode v) {
        return v.hasNonNull("applicationNumber") && v.hasNonNull("householdId") && v.has("address")
                && v.path("site").hasNonNull("lat");
    }

    /** A field of the build: from the due-list item when it has it, else from the permit read for it. */
    private static String text(JsonNode v, Optional<JsonNode> permit, String field) {
        if (v.hasNonNull(field)) {
            return v.get(field).asText();
        }
        return permit.map(p -> p.path(field).asText(null)).orElse(null);
    }
}
