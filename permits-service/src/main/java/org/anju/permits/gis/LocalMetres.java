package org.anju.permits.gis;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A local equirectangular projection centred on a site: metres east and north of it on the ground. Within a few
 * kilometres its error is far below a centimetre per metre, which is what setback distances of 5-20 m need.
 */
public final class LocalMetres {

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double lat0;
    private final double lng0;
    private final double cosLat0;

    public LocalMetres(double lat0, double lng0) {
        this.lat0 = lat0;
        this.lng0 = lng0;
        this.cosLat0 = Math.cos(Math.toRadians(lat0));
    }

    /** A copy of the geometry (WGS-84 lng/lat) in metres around the centre. */
    public Geometry project(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = Math.toRadians(seq.getX(i) - lng0) * cosLat0 * EARTH_RADIUS_M;
                double y = Math.toRadians(seq.getY(i) - lat0) * EARTH_RADIUS_M;
                seq.setOrdinate(i, 0, x);
                seq.setOrdinate(i, 1, y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }

    /** Ground distance in metres from the centre to the geometry. */
    public double distanceFromCentre(Geometry wgs84) {
        Geometry projected = project(wgs84);
        return projected.distance(projected.getFactory().createPoint(new Coordinate(0, 0)));
    }

    /** Degrees of latitude for a distance north, and of longitude for a distance east, at the centre. */
    public static double[] offsetDegrees(double lat, double northM, double eastM) {
        double dLat = Math.toDegrees(northM / EARTH_RADIUS_M);
        double dLng = Math.toDegrees(eastM / (EARTH_RADIUS_M * Math.cos(Math.toRadians(lat))));
        return new double[] { dLat, dLng };
    }
}
