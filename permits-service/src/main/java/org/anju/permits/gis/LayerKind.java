package org.anju.permits.gis;

/** The GeoJSON layers a county uploads, with their names in Chinese and English. */
public enum LayerKind {
    /** 村庄规划范围: polygons, property {@code villageCode}. */
    PLANNING_AREAS("村庄规划范围", "village planning areas"),
    /** 地质灾害 / 洪涝区: polygons, property {@code name}. */
    HAZARD_ZONES("地质灾害及洪涝风险区", "geological-hazard and flood zones"),
    /** 公路: lines, properties {@code roadClass} (NATIONAL, PROVINCIAL, COUNTY, TOWNSHIP) and {@code name}. */
    ROADS("公路", "roads");

    private final String zh;
    private final String en;

    LayerKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
