package org.anju.permits.rules;

import java.util.List;

import org.anju.permits.gis.GeoJsonLayer;
import org.anju.permits.gis.LocalMetres;

/**
 * A plausibility check that holds even before the county loads planning areas: the site lies within a few kilometres
 * of its village's centre (a position in the sea, in another county or with lat/lng swapped is caught here).
 */
public final class SiteNearVillageRule {

    public static final String RULE = "site-near-village";
    public static final double MAX_DISTANCE_M = 8_000;

    private SiteNearVillageRule() {
    }

    public static List<RuleViolation> check(double lat, double lng, String villageCode, double villageLat,
            double villageLng) {
        double d = new LocalMetres(villageLat, villageLng).distanceFromCentre(GeoJsonLayer.point(lat, lng));
        if (d <= MAX_DISTANCE_M) {
            return List.of();
        }
        long km = Math.round(d / 100) / 10;
        return List.of(RuleViolation.of(RULE, "建房位置须在本村", "Site within its village", "site",
                "the site is " + Math.round(d) + " m from the centre of village " + villageCode + "; at most "
                        + (long) MAX_DISTANCE_M + " m is plausible",
                "建房位置距村 " + villageCode + " 中心约 " + km + " 公里，不在本村范围",
                RuleViolation.ordered("lat", lat, "lng", lng, "distanceM", Math.round(d), "maxDistanceM", (long) MAX_DISTANCE_M)));
    }
}
