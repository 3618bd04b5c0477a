package org.anju.permits.gis;

/** Road administrative class, which sets the building-control setback (公路安全保护条例 Art. 11). */
public enum RoadClass {
    NATIONAL("国道"), PROVINCIAL("省道"), COUNTY("县道"), TOWNSHIP("乡道");

    private final String zh;

    RoadClass(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
