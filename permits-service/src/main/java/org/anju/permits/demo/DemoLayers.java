package org.anju.permits.demo;

import java.util.Locale;

import org.anju.common.demo.DemoCounty;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;

/** The demo county's GIS layers: planning areas round every village, one hazard zone and one provincial road. */
final class DemoLayers {

    static final double HAZARD_LAT = DemoCounty.HAZARD_LAT;
    static final double HAZARD_LNG = DemoCounty.HAZARD_LNG;
    static final double ROAD_LAT = DemoCounty.ROAD_LAT;

    private DemoLayers() {
    }

    static String planningAreas(Divisions divisions) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (Division v : divisions.villages()) {
            b.append(first ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"villageCode\":\"")
                    .append(v.code()).append("\",\"name\":\"").append(v.name()).append("村庄规划范围\"},\"geometry\":")
                    .append(square(v.lat(), v.lng(), 0.008)).append('}');
            first = false;
        }
        return b.append("]}").toString();
    }

    static String hazardZones() {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":"
                + "\"西岭村北坡滑坡隐患区\"},\"geometry\":" + square(HAZARD_LAT, HAZARD_LNG, 0.0015) + "}]}";
    }

    static String roads() {
        return String.format(Locale.ROOT, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"roadClass\":\"PROVINCIAL\",\"name\":\"S218\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[117.930,%f],[117.990,%f]]}}]}", ROAD_LAT, ROAD_LAT);
    }

    private static String square(double lat, double lng, double half) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],"
                + "[%f,%f]]]}", lng - half, lat - half, lng + half, lat - half, lng + half, lat + half, lng - half,
                lat + half, lng - half, lat - half);
    }
}
