package org.anju.permits.gis;

/** The bounding box of the People's Republic of China in WGS-84, the first plausibility check of any position. */
public final class ChinaBounds {

    public static final double MIN_LAT = 18.0;
    public static final double MAX_LAT = 53.6;
    public static final double MIN_LNG = 73.4;
    public static final double MAX_LNG = 135.1;

    private ChinaBounds() {
    }

    public static boolean contains(double lat, double lng) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lng >= MIN_LNG && lng <= MAX_LNG;
    }
}
