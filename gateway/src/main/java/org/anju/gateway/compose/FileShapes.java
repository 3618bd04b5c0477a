package org.anju.gateway.compose;

import java.util.Optional;
import java.util.UUID;

import org.anju.common.division.Divisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maps the services' answers to the fields the web app reads; an answer of the wrong shape marks its service. */
final class FileShapes {

    private final ObjectMapper json;
    private final Parts parts;
    private final Divisions divisions;

    FileShapes(ObjectMapper json, Parts parts, Divisions divisions) {
        this.json = json;
        this.parts = parts;
        this.divisions = divisions;
    }

    ObjectNode household(JsonNode h) {
        ObjectNode o = json.createObjectNode();
        o.put("id", h.path("id").asText());
        o.put("headName", h.path("headName").asText(null));
        o.put("headResidentId", h.path("headResidentId").asText(null));
        o.put("villageCode", h.path("villageCode").asText(null));
        o.put("villageName", villageName(h.path("villageCode").asText(null)));
        o.put("townshipCode", h.path("townshipCode").asText(null));
        return o;
    }

    ObjectNode permit(JsonNode p, Optional<JsonNode> site) {
        ObjectNode o = json.createObjectNode();
        for (String f : new String[] { "id", "applicationNumber", "state", "track", "address", "townshipCode",
                "villageCode", "crewId", "kind" }) {
            o.put(f, p.path(f).asText(null));
        }
        o.put("storeys", p.path("storeys").asInt());
        o.put("lat", p.path("lat").asDouble());
        o.put("lng", p.path("lng").asDouble());
        o.put("nextVisit", site.map(s -> s.path("nextVisit").asText(null)).orElse(null));
        o.put("version", p.path("version").asLong());
        return o;
    }

    ArrayNode history(Optional<JsonNode> history) {
        ArrayNode out = json.createArrayNode();
        JsonNode entries = history.map(h -> h.path("entries")).orElse(null);
        if (history.isPresent() && !entries.isArray()) {
            parts.failed("permits", new IllegalStateException("history without entries"));
            return out;
        }
        for (JsonNode e : entries == null ? json.createArrayNode() : entries) {
            ObjectNode o = out.addObject();
            o.put("at", e.path("occurredAt").asText(null));
            o.put("action", e.path("action").asText(null));
            o.put("fromState", e.path("fromState").asText(null));
            o.put("toState", e.path("toState").asText(null));
            o.put("actor", e.path("actor").asText(null));
            o.put("role", e.path("actorRole").asText(null));
            o.put("reason", e.path("reason").asText(null));
        }
        return out;
    }

    ObjectNode crew(UUID id, Optional<JsonNode> crew, Optional<JsonNode> eligibility) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id.toString());
        o.put("name", crew.map(c -> c.path("name").asText(null)).orElse(null));
        o.put("status", crew.map(c -> c.path("status").asText(null)).orElse(null));
        if (eligibility.isPresent() && eligibility.get().has("eligible")) {
            JsonNode e = eligibility.get();
            o.set("creditScore", e.path("creditScore"));
            o.put("eligible", e.path("eligible").asBoolean());
            o.set("reasons", e.path("reasons").isArray() ? e.get("reasons") : json.createArrayNode());
        } else {
            if (eligibility.isPresent()) {
                parts.failed("registry", new IllegalStateException("eligibility of the wrong shape"));
            }
            o.putNull("creditScore");
            o.putNull("eligible");
            o.set("reasons", json.createArrayNode());
        }
        return o;
    }

    ArrayNode visits(Optional<JsonNode> page) {
        ArrayNode out = json.createArrayNode();
        if (page.isPresent() && !page.get().path("items").isArray()) {
            parts.failed("inspections", new IllegalStateException("visit page without items"));
            return out;
        }
        for (JsonNode v : page.map(p -> p.path("items")).orElse(json.createArrayNode())) {
            ObjectNode o = out.addObject();
            o.put("id", v.path("id").asText(null));
            o.put("type", v.path("type").asText(null));
            o.put("status", v.path("status").asText(null));
            o.put("outcome", v.path("outcome").asText(null));
            JsonNode presence = v.path("presence");
            if (presence.has("onSite")) {
                o.put("onSite", presence.path("onSite").asBoolean());
            } else {
                o.putNull("onSite");
            }
            o.put("checkInServerTime", presence.path("serverTime").asText(null));
            o.put("scheduledDate", v.path("scheduledDate").asText(null));
            o.put("inspector", v.path("inspector").asText(null));
            ArrayNode hazards = o.putArray("hazards");
            for (JsonNode hid : v.path("hazardIds")) {
                hazards.addObject().put("id", hid.asText()).put("url", "/api/v1/hazards/" + hid.asText());
            }
            ArrayNode photos = o.putArray("photos");
            for (JsonNode pid : v.path("photoIds")) {
                photos.addObject().put("id", pid.asText()).put("url", "/api/v1/photos/" + pid.asText() + "/content");
            }
        }
        return out;
    }

    ArrayNode notices(Optional<JsonNode> page, UUID permitId) {
        ArrayNode out = json.createArrayNode();
        if (page.isPresent() && !page.get().path("items").isArray()) {
            parts.failed("inspections", new IllegalStateException("notice page without items"));
            return out;
        }
        for (JsonNode n : page.map(p -> p.path("items")).orElse(json.createArrayNode())) {
            if (permitId == null || !permitId.toString().equals(n.path("permitId").asText())) {
                continue;
            }
            ObjectNode o = out.addObject();
            o.put("id", n.path("id").asText(null));
            o.put("kind", "RECTIFICATION");
            o.put("description", n.path("responsiblePerson").isMissingNode() ? null
                    : "整改责任人 " + n.path("responsiblePerson").asText());
            o.put("deadline", n.path("deadline").asText(null));
            o.put("status", n.path("status").asText(null));
            o.put("overdue", n.path("overdue").asBoolean());
            o.put("hazardId", n.path("hazardId").asText(null));
            o.put("issuedAt", n.path("issuedAt").asText(null));
        }
        return out;
    }

    /** Stop-work notices in force on the build (停工通知书), as notices of kind STOP_WORK. */
    ArrayNode stopWorks(Optional<JsonNode> page, UUID permitId) {
        ArrayNode out = json.createArrayNode();
        if (page.isPresent() && !page.get().path("items").isArray()) {
            parts.failed("inspections", new IllegalStateException("stop-work page without items"));
            return out;
        }
        for (JsonNode n : page.map(p -> p.path("items")).orElse(json.createArrayNode())) {
            if (permitId == null || !permitId.toString().equals(n.path("permitId").asText())) {
                continue;
            }
            ObjectNode o = out.addObject();
            o.put("id", n.path("id").asText(null));
            o.put("kind", "STOP_WORK");
            o.put("description", n.path("reason").asText(null));
            o.putNull("deadline");
            o.put("status", n.path("status").asText(null));
            o.put("overdue", false);
            o.put("hazardId", n.path("hazardId").asText(null));
            o.put("issuedAt", n.path("issuedAt").asText(null));
        }
        return out;
    }

    String villageName(String code) {
        if (code == null) {
            return null;
        }
        return divisions.find(code).map(d -> d.name()).orElse(null);
    }
}
