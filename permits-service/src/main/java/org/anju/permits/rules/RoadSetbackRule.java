package org.anju.permits.rules;

import java.util.ArrayList;
import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.gis.LocalMetres;

/**
 * 公路安全保护条例 Art. 11: the site keeps the building-control setback from every road (by default national 20 m,
 * provincial 15 m, county 10 m, township 5 m). Distances are metres on the ground, in a projection centred on the site.
 */
public final class RoadSetbackRule {

    public static final String RULE = "road-setback";

    private RoadSetbackRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts, CountyLayers layers, CountyRuleSet rules) {
        LocalMetres around = new LocalMetres(facts.lat(), facts.lng());
        List<RuleViolation> out = new ArrayList<>();
        for (CountyLayers.Road road : layers.roads()) {
            double required = rules.setbackFor(road.roadClass());
            double distance = around.distanceFromCentre(road.line());
            if (distance < required) {
                double rounded = Math.round(distance * 10) / 10.0;
                out.add(RuleViolation.of(RULE, "公路建筑控制区退让", "Road building-control setback", "site",
                        "the site is " + rounded + " m from " + road.roadClass().name().toLowerCase() + " road '"
                                + road.name() + "'; at least " + required + " m is required",
                        "建房位置距" + road.roadClass().zh() + "“" + road.name() + "”" + rounded + " 米，应不少于 "
                                + required + " 米",
                        RuleViolation.ordered("road", road.name(), "roadClass", road.roadClass().name(), "distanceM", rounded,
                                "requiredM", required)));
            }
        }
        return out;
    }
}
