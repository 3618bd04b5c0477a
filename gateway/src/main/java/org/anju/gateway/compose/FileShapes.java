package org.anju.gateway.compose;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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

    ObjectMapper json() {
        return json;
    }

    /** The link to the page after a cursor, through the gateway's front door to the owning service's list. */
    static Function<String, String> next(String listWithQuery) {
        return cursor -> listWithQuery + "limit=" + HouseholdFile.PAGE + "&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    /**
     * One part of a build: the items of the first page and the link to the next one (null on the last page). A page
     * of the wrong shape marks its service, so the file says partial rather than showing less as if it were all.
     */
    private ObjectNode part(Optional<JsonNode> page, String service, String what, Function<String, String> next,
            Function<JsonNode, ObjectNode> item) {
        ObjectNode part = json.createObjectNode();
        ArrayNode items = part.putArray("items");
        part.putNull("next");
        if (page.isPresent() && !page.get().path("items").isArray()) {
            parts.failed(service, new IllegalStateException(what + " page without items"));
            return part;
        }
        for (JsonNode n : page.map(p -> p.path("items")).orElse(json.createArrayNode())) {
            ObjectNode o = item.apply(n);
            if (o != null) {
                items.add(o);
            }
        }
        String cursor = page.map(p -> p.path("nextCursor").asText(null)).orElse(null);
        if (cursor != null && !cursor.isBlank()) {
            part.put("next", next.apply(cursor));
        }
        return part;
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

    /** The crew's public identity (readable whatever its township) and its eligibility today. */
    ObjectNode crew(UUID id, Optional<JsonNode> summary, Optional<JsonNode> eligibility) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id.toString());
        if (summary.isPresent() && !summary.get().isObject()) {
            parts.failed("registry", new IllegalStateException("crew summary of the wrong shape"));
            summary = Optional.empty();
        }
        o.put("name", summary.map(c -> c.path("name").asText(null)).orElse(null));
        o.put("registrationNumber", summary.map(c -> c.path("registrationNumber").asText(null)).orElse(null));
        o.put("status", summary.map(c -> c.path("status").asText(null)).orElse(null));
        JsonNode score = summary.map(c -> c.path("creditScore")).filter(JsonNode::isNumber).orElse(null);
        if (eligibility.isPresent() && eligibility.get().has("eligible")) {
            JsonNode e = eligibility.get();
            o.set("creditScore", e.path("creditScore").isNumber() ? e.get("creditScore") : score);
            o.put("eligible", e.path("eligible").asBoolean());
            o.set("reasons", e.path("reasons").isArray() ? e.get("reasons") : json.createArrayNode());
        } else {
            if (eligibility.isPresent()) {
                parts.failed("registry", new IllegalStateException("eligibility of the wrong shape"));
            }
            o.set("creditScore", score);
            o.putNull("eligible");
            o.set("reasons", json.createArrayNode());
        }
        return o;
    }

    ObjectNode visits(Optional<JsonNode> page, Function<String, String> next) {
        return part(page, "inspections", "visit", next, v -> {
            ObjectNode o = json.createObjectNode();
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
            return o;
        });
    }

    ObjectNode hazards(Optional<JsonNode> page, Function<String, String> next) {
        return part(page, "inspections", "hazard", next, h -> {
            ObjectNode o = json.createObjectNode();
            o.put("id", h.path("id").asText(null));
            o.put("visitId", h.path("visitId").asText(null));
            o.put("type", h.path("type").asText(null));
            o.put("grade", h.path("grade").asText(null));
            o.put("description", h.path("description").asText(null));
            o.put("status", h.path("status").asText(null));
            o.put("createdAt", h.path("createdAt").asText(null));
            o.put("closedAt", h.path("closedAt").asText(null));
            o.put("noticeId", h.path("notice").path("id").asText(null));
            o.put("stopWorkNoticeId", h.path("stopWorkNoticeId").asText(null));
            o.put("url", "/api/v1/hazards/" + h.path("id").asText());
            return o;
        });
    }

    /** The build's rectification notices (整改通知书), open and closed out. */
    ObjectNode notices(Optional<JsonNode> page, UUID permitId, Function<String, String> next) {
        return part(page, "inspections", "notice", next, n -> {
            if (!ofPermit(n, permitId)) {
                return null;
            }
            ObjectNode o = json.createObjectNode();
            o.put("id", n.path("id").asText(null));
            o.put("kind", "RECTIFICATION");
            o.put("description", n.path("responsiblePerson").isMissingNode() ? null
                    : "整改责任人 " + n.path("responsiblePerson").asText());
            o.put("deadline", n.path("deadline").asText(null));
            o.put("status", n.path("status").asText(null));
            o.put("overdue", n.path("overdue").asBoolean());
            o.put("hazardId", n.path("hazardId").asText(null));
            o.put("issuedAt", n.path("issuedAt").asText(null));
            o.put("closedAt", n.path("closedAt").asText(null));
            return o;
        });
    }

    /** The build's stop-work notices (停工通知书), in force and lifted. */
    ObjectNode stopWorks(Optional<JsonNode> page, UUID permitId, Function<String, String> next) {
        return part(page, "inspections", "stop-work", next, n -> {
            if (!ofPermit(n, permitId)) {
                return null;
            }
            ObjectNode o = json.createObjectNode();
            o.put("id", n.path("id").asText(null));
            o.put("kind", "STOP_WORK");
            o.put("description", n.path("reason").asText(null));
            o.putNull("deadline");
            o.put("status", n.path("status").asText(null));
            o.put("overdue", false);
            o.put("hazardId", n.path("hazardId").asText(null));
            o.put("issuedAt", n.path("issuedAt").asText(null));
            o.put("liftedAt", n.path("liftedAt").asText(null));
            return o;
        });
    }

    /** Asked by permit, every item is the permit's; one that says otherwise is not shown as the build's. */
    private boolean ofPermit(JsonNode n, UUID permitId) {
        if (n.hasNonNull("permitId") && !permitId.toString().equals(n.get("permitId").asText())) {
            parts.failed("inspections", new IllegalStateException("an item of another permit in a permit's list"));
            return false;
        }
        return true;
    }

    String villageName(String code) {
        if (code == null) {
            return null;
        }
        return divisions.find(code).map(d -> d.name()).orElse(null);
    }
}
