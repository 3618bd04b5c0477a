package org.anju.inspections.visit;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Proof of presence as plain Java. A check-in is on site only when the whole circle of uncertainty the phone reports
 * lies inside the county radius: {@code distance + accuracy <= radius}. This is the conservative reading a supervisor
 * can trust: a visit counted as on site was on site whatever the true position within the reported accuracy, whereas
 * {@code distance - accuracy} would accept an office desk 150 m away with a 60 m fix. A missing accuracy is replaced
 * by an assumed one (not by zero), and an accuracy at or above the radius can never prove presence.
 */
public final class PresenceCheck {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double radiusMetres;
    private final double assumedAccuracyMetres;
    private final Duration clockSkewTolerance;

    public PresenceCheck(double radiusMetres, double assumedAccuracyMetres, Duration clockSkewTolerance) {
        this.radiusMetres = radiusMetres;
        this.assumedAccuracyMetres = assumedAccuracyMetres;
        this.clockSkewTolerance = clockSkewTolerance;
    }

    /** The answer of the check, kept on the visit. */
    public record Result(boolean onSite, double distanceMetres, double accuracyUsedMetres, double radiusMetres) {
    }

    public Result check(double lat, double lng, Double accuracyMetres, double siteLat, double siteLng) {
        double distance = distanceMetres(lat, lng, siteLat, siteLng);
        double accuracy = accuracyMetres == null ? assumedAccuracyMetres : accuracyMetres;
        return new Result(distance + accuracy <= radiusMetres, distance, accuracy, radiusMetres);
    }

    /** Whether the phone's clock differs from the server's by more than the tolerance. */
    public boolean clockSkewed(OffsetDateTime clientClock, OffsetDateTime serverClock) {
        return Duration.between(clientClock, serverClock).abs().compareTo(clockSkewTolerance) > 0;
    }

    /** Great-circle (haversine) distance between two WGS-84 points, in metres. */
    public static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
