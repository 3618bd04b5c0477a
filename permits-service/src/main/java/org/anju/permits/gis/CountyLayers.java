package org.anju.permits.gis;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * The county's current GIS layers as JTS geometries in WGS-84 (x = lng, y = lat); a missing layer is an empty list.
 *
 * @param versions the version of each layer that is loaded; a kind the county has not loaded is absent
 */
public record CountyLayers(List<PlanningArea> planningAreas, List<HazardZone> hazardZones, List<Road> roads,
        Map<LayerKind, Integer> versions) {

    public static CountyLayers empty() {
        return new CountyLayers(List.of(), List.of(), List.of(), Map.of());
    }

    public boolean loaded(LayerKind kind) {
        return versions.containsKey(kind);
    }

    public boolean planningLayerLoaded() {
        return loaded(LayerKind.PLANNING_AREAS);
    }

    /** The planning area (村庄规划范围) of one village. */
    public record PlanningArea(int featureIndex, String villageCode, Geometry area) {
    }

    /** A geological-hazard or flood zone. */
    public record HazardZone(int featureIndex, String name, Geometry area) {
    }

    /** A road centre line with its class. */
    public record Road(int featureIndex, String name, RoadClass roadClass, Geometry line) {
    }
}
