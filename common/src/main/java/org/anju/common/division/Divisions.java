package org.anju.common.division;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrative divisions of the counties this deployment serves, read once from
 * {@code divisions/<county>.json} in this module. Every service validates codes against it; none asks another.
 */
@ApplicationScoped
public class Divisions {

    private final Map<String, Division> byCode;
    private final List<Division> counties;

    public Divisions(@ConfigProperty(name = "anju.counties", defaultValue = "369901") List<String> countyCodes,
            ObjectMapper json) {
        Map<String, Division> all = new LinkedHashMap<>();
        List<Division> roots = new ArrayList<>();
        for (String county : countyCodes) {
            roots.add(load(county.trim(), json, all));
        }
        this.byCode = Collections.unmodifiableMap(all);
        this.counties = List.copyOf(roots);
    }

    /** Reads the county file of the default deployment, for plain unit tests without CDI. */
    public static Divisions demo() {
        return new Divisions(List.of("369901"), new ObjectMapper());
    }

    public List<Division> counties() {
        return counties;
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean isTownship(String code) {
        return find(code).map(d -> d.level() == Division.Level.TOWNSHIP).orElse(false);
    }

    /**
     * A list's {@code township} filter: absent is fine, else it must be a township of the county; 400 naming the
     * query parameter otherwise (a township the caller may not see is the list's business: an empty page).
     */
    public void requireTownshipFilter(String township) {
        if (township != null && !isTownship(township)) {
            throw ProblemException.invalid(new FieldViolation("township", "unknown-township",
                    "No township of the county has code " + township, "本县没有代码为 " + township + " 的乡镇", township));
        }
    }

    public boolean isVillage(String code) {
        return find(code).map(d -> d.level() == Division.Level.VILLAGE).orElse(false);
    }

    /** The township a village belongs to, or the township itself. */
    public Optional<Division> townshipOf(String code) {
        return find(code).flatMap(d -> switch (d.level()) {
            case TOWNSHIP -> Optional.of(d);
            case VILLAGE -> find(d.parentCode());
            case COUNTY -> Optional.empty();
        });
    }

    public List<Division> townships() {
        return byCode.values().stream().filter(d -> d.level() == Division.Level.TOWNSHIP).map(Division::alone).toList();
    }

    public List<Division> villages() {
        return byCode.values().stream().filter(d -> d.level() == Division.Level.VILLAGE).toList();
    }

    private static Division load(String county, ObjectMapper json, Map<String, Division> all) {
        String resource = "divisions/" + county + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No division file " + resource + " for configured county " + county);
            }
            return read(json.readTree(in), Division.Level.COUNTY, null, all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Division read(JsonNode node, Division.Level level, String parent, Map<String, Division> all) {
        String code = node.get("code").asText();
        if (!code.matches("[0-9]{12}")) {
            throw new IllegalStateException("Division code " + code + " is not 12 digits");
        }
        String childKey = level == Division.Level.COUNTY ? "townships" : "villages";
        Division.Level childLevel = level == Division.Level.COUNTY ? Division.Level.TOWNSHIP : Division.Level.VILLAGE;
        List<Division> children = new ArrayList<>();
        if (level != Division.Level.VILLAGE && node.has(childKey)) {
            for (JsonNode child : node.get(childKey)) {
                children.add(read(child, childLevel, code, all));
            }
        }
        Division d = new Division(code, node.get("name").asText(), text(node, "nameEn"), level, parent,
                node.has("lat") ? node.get("lat").asDouble() : null, node.has("lng") ? node.get("lng").asDouble() : null,
                level == Division.Level.VILLAGE ? null : List.copyOf(children));
        if (all.putIfAbsent(code, d) != null) {
            throw new IllegalStateException("Division code " + code + " appears twice");
        }
        return d;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
