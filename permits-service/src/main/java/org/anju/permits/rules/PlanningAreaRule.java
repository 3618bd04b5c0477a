package org.anju.permits.rules;

import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.gis.GeoJsonLayer;
import org.locationtech.jts.geom.Geometry;

/** The site must lie inside its village's planning area (村庄规划范围), once the county has loaded that layer. */
public final class PlanningAreaRule {

    public static final String RULE = "inside-village-planning-area";

    private PlanningAreaRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts, CountyLayers layers) {
        if (!layers.planningLayerLoaded()) {
            return List.of();
        }
        Geometry site = GeoJsonLayer.point(facts.lat(), facts.lng());
        List<CountyLayers.PlanningArea> own = layers.planningAreas().stream()
                .filter(a -> a.villageCode().equals(facts.villageCode())).toList();
        boolean inside = own.stream().anyMatch(a -> a.area().covers(site));
        if (inside) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "村庄规划范围", "Inside the village planning area", "site",
                own.isEmpty() ? "the county has no planning area for village " + facts.villageCode()
                        : "the site is outside the planning area of village " + facts.villageCode(),
                own.isEmpty() ? "本县未载入村 " + facts.villageCode() + " 的规划范围"
                        : "建房位置不在村 " + facts.villageCode() + " 的村庄规划范围内",
                RuleViolation.ordered("lat", facts.lat(), "lng", facts.lng(), "villageCode", facts.villageCode(),
                        "planningAreas", own.size())));
    }
}
