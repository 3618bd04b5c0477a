package org.anju.permits.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The local projection agrees with the great-circle distance at the scale of setbacks and villages. */
class LocalMetresTest {

    private static double haversine(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * LocalMetres.EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
    }

    @Test
    void distancesMatchGreatCircleWithinACentimetrePerHundredMetres() {
        double lat = 28.452;
        double lng = 117.963;
        LocalMetres around = new LocalMetres(lat, lng);
        for (double[] d : new double[][] { { 0.0002, 0.0001 }, { -0.001, 0.003 }, { 0.01, -0.01 } }) {
            double expected = haversine(lat, lng, lat + d[0], lng + d[1]);
            double actual = around.distanceFromCentre(GeoJsonLayer.point(lat + d[0], lng + d[1]));
            assertEquals(expected, actual, expected / 10_000, "offset " + d[0] + "," + d[1]);
        }
    }
}
