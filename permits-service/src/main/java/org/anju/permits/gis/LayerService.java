package org.anju.permits.gis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.concurrency.TransactionLocks;
import org.anju.common.division.Divisions;

/** Stores validated layer versions and serves the county's current layers, parsed once per version. */
@ApplicationScoped
public class LayerService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Divisions divisions;
    private final Map<UUID, CountyLayers> parsed = new ConcurrentHashMap<>();

    public LayerService(EntityManager em, ObjectMapper json, Divisions divisions) {
        this.em = em;
        this.json = json;
        this.divisions = divisions;
    }

    /** Validates and stores a new version of a layer (422 naming each broken feature; nothing stored then). */
    @Transactional
    public GisLayer upload(String countyCode, LayerKind kind, JsonNode collection, String by) {
        CountyLayers layer = GeoJsonLayer.parse(kind, collection, divisions::isVillage);
        TransactionLocks.hold(em, "gis:" + countyCode + kind);
        Integer last = em.createQuery("select max(l.version) from GisLayer l where l.countyCode = ?1 and l.kind = ?2",
                Integer.class).setParameter(1, countyCode).setParameter(2, kind).getSingleResult();
        GisLayer l = new GisLayer();
        l.id = UUID.randomUUID();
        l.countyCode = countyCode;
        l.kind = kind;
        l.version = last == null ? 1 : last + 1;
        l.featureCount = collection.get("features").size();
        try {
            l.geojson = json.writeValueAsString(collection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        l.uploadedAt = OffsetDateTime.now();
        l.uploadedBy = by;
        em.persist(l);
        parsed.put(l.id, layer);
        return l;
    }

    public Optional<GisLayer> current(String countyCode, LayerKind kind) {
        return em.createQuery("from GisLayer l where l.countyCode = ?1 and l.kind = ?2 order by l.version desc",
                GisLayer.class).setParameter(1, countyCode).setParameter(2, kind).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Optional<GisLayer> version(String countyCode, LayerKind kind, int version) {
        return em.createQuery("from GisLayer l where l.countyCode = ?1 and l.kind = ?2 and l.version = ?3",
                GisLayer.class).setParameter(1, countyCode).setParameter(2, kind).setParameter(3, version)
                .getResultStream().findFirst();
    }

    /** The current version of every layer of the county, merged, for the siting rules. */
    public CountyLayers layers(String countyCode) {
        List<CountyLayers.PlanningArea> areas = new ArrayList<>();
        List<CountyLayers.HazardZone> zones = new ArrayList<>();
        List<CountyLayers.Road> roads = new ArrayList<>();
        Map<LayerKind, Integer> versions = new EnumMap<>(LayerKind.class);
        for (LayerKind kind : LayerKind.values()) {
            Optional<Object[]> current = em.createQuery("select l.id, l.version from GisLayer l where l.countyCode = ?1 "
                    + "and l.kind = ?2 order by l.version desc", Object[].class).setParameter(1, countyCode)
                    .setParameter(2, kind).setMaxResults(1).getResultStream().findFirst();
            if (current.isEmpty()) {
                continue;
            }
            CountyLayers l = parsed.computeIfAbsent((UUID) current.get()[0], k -> parse(em.find(GisLayer.class, k)));
            areas.addAll(l.planningAreas());
            zones.addAll(l.hazardZones());
            roads.addAll(l.roads());
            versions.put(kind, (Integer) current.get()[1]);
        }
        return new CountyLayers(areas, zones, roads, versions);
    }

    private CountyLayers parse(GisLayer layer) {
        try {
            return GeoJsonLayer.parse(layer.kind, json.readTree(layer.geojson), code -> true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored layer " + layer.id + " is not JSON", e);
        }
    }
}
