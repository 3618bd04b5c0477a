package org.anju.permits.rules;

import java.util.ArrayList;
import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.gis.GeoJsonLayer;
import org.locationtech.jts.geom.Geometry;

/** The site must lie outside every geological-hazard or flood zone the county has loaded. */
public final class HazardZoneRule {

    public static final String RULE = "outside-hazard-zones";

    private HazardZoneRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts, CountyLayers layers) {
        Geometry site = GeoJsonLayer.point(facts.lat(), facts.lng());
        List<RuleViolation> out = new ArrayList<>();
        for (CountyLayers.HazardZone zone : layers.hazardZones()) {
            if (zone.area().covers(site)) {
                out.add(RuleViolation.of(RULE, "避让地质灾害及洪涝区", "Outside hazard zones", "site",
                        "the site lies inside hazard zone '" + zone.name() + "'",
                        "建房位置位于灾害风险区“" + zone.name() + "”内",
                        RuleViolation.ordered("lat", facts.lat(), "lng", facts.lng(), "zone", zone.name(),
                                "zoneFeatureIndex", zone.featureIndex())));
            }
        }
        return out;
    }
}
