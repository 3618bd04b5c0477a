package org.anju.permits.gis;

/** The GeoJSON layers a county uploads. */
public enum LayerKind {
    /** 村庄规划范围: polygons, property {@code villageCode}. */
    PLANNING_AREAS,
    /** 地质灾害 / 洪涝区: polygons, property {@code name}. */
    HAZARD_ZONES,
    /** 公路: lines, properties {@code roadClass} (NATIONAL, PROVINCIAL, COUNTY, TOWNSHIP) and {@code name}. */
    ROADS
}
