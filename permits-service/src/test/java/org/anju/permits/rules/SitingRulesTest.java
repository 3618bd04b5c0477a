package org.anju.permits.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.gis.LocalMetres;
import org.anju.permits.gis.RoadClass;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Planning area, hazard zones and road setbacks, in metres on the ground. */
class SitingRulesTest {

    private static final GeometryFactory F = new GeometryFactory();
    private final CountyRuleSet rules = CountyRuleSet.defaults();

    private static Geometry square(double lat, double lng, double half) {
        return F.createPolygon(new Coordinate[] { new Coordinate(lng - half, lat - half),
                new Coordinate(lng + half, lat - half), new Coordinate(lng + half, lat + half),
                new Coordinate(lng - half, lat + half), new Coordinate(lng - half, lat - half) });
    }

    /** An east-west road along the parallel of the site, {@code metresSouth} south of it. */
    private static CountyLayers roadSouthOfSite(RoadClass rc, double metresSouth) {
        double dLat = LocalMetres.offsetDegrees(Facts.LAT, metresSouth, 0)[0];
        Geometry line = F.createLineString(new Coordinate[] { new Coordinate(Facts.LNG - 0.01, Facts.LAT - dLat),
                new Coordinate(Facts.LNG + 0.01, Facts.LAT - dLat) });
        return new CountyLayers(List.of(), List.of(), List.of(new CountyLayers.Road(0, "G320", rc, line)), java.util.Map.of());
    }

    @Test
    void siteNineteenMetresFromNationalRoadIsRefused() {
        List<RuleViolation> v = RoadSetbackRule.check(Facts.valid(), roadSouthOfSite(RoadClass.NATIONAL, 19), rules);
        assertEquals(1, v.size());
        assertEquals("road-setback", v.get(0).rule());
        assertEquals(19.0, v.get(0).values().get("distanceM"));
        assertEquals(20.0, v.get(0).values().get("requiredM"));
    }

    @Test
    void siteTwentyOneMetresFromNationalRoadIsAccepted() {
        assertTrue(RoadSetbackRule.check(Facts.valid(), roadSouthOfSite(RoadClass.NATIONAL, 21), rules).isEmpty());
    }

    @Test
    void nineteenMetresIsEnoughForAProvincialRoadButFourteenIsNot() {
        assertTrue(RoadSetbackRule.check(Facts.valid(), roadSouthOfSite(RoadClass.PROVINCIAL, 19), rules).isEmpty());
        assertEquals(1, RoadSetbackRule.check(Facts.valid(), roadSouthOfSite(RoadClass.PROVINCIAL, 14), rules).size());
    }

    @Test
    void townshipRoadNeedsFiveMetres() {
        assertEquals(1, RoadSetbackRule.check(Facts.valid(), roadSouthOfSite(RoadClass.TOWNSHIP, 4.5), rules).size());
        assertTrue(RoadSetbackRule.check(Facts.valid(), roadSouthOfSite(RoadClass.TOWNSHIP, 5.5), rules).isEmpty());
    }

    @Test
    void siteInsideHazardZoneIsRefusedAndOutsideAccepted() {
        CountyLayers layers = new CountyLayers(List.of(),
                List.of(new CountyLayers.HazardZone(3, "东门滑坡隐患点", square(Facts.LAT, Facts.LNG, 0.001))), List.of(),
                java.util.Map.of(org.anju.permits.gis.LayerKind.HAZARD_ZONES, 1));
        List<RuleViolation> inside = HazardZoneRule.check(Facts.valid(), layers);
        assertEquals(1, inside.size());
        assertEquals(3, inside.get(0).values().get("zoneFeatureIndex"));
        assertTrue(HazardZoneRule.check(Facts.at(Facts.LAT + 0.002, Facts.LNG), layers).isEmpty());
    }

    @Test
    void siteMustLieInsideItsOwnVillagesPlanningArea() {
        CountyLayers layers = new CountyLayers(List.of(
                new CountyLayers.PlanningArea(0, "369901100201", square(Facts.LAT, Facts.LNG, 0.005)),
                new CountyLayers.PlanningArea(1, "369901100202", square(Facts.LAT + 0.02, Facts.LNG, 0.005))),
                List.of(), List.of(), java.util.Map.of(org.anju.permits.gis.LayerKind.PLANNING_AREAS, 1));
        assertTrue(PlanningAreaRule.check(Facts.valid(), layers).isEmpty());
        assertEquals(1, PlanningAreaRule.check(Facts.at(Facts.LAT + 0.02, Facts.LNG), layers).size());
    }

    @Test
    void planningRuleWaitsUntilTheCountyLoadsTheLayer() {
        assertTrue(PlanningAreaRule.check(Facts.valid(), CountyLayers.empty()).isEmpty());
    }

    @Test
    void siteFarFromItsVillageIsRefused() {
        assertTrue(SiteNearVillageRule.check(28.46, 117.97, "369901100201", Facts.LAT, Facts.LNG).isEmpty());
        assertEquals(1, SiteNearVillageRule.check(20.0, 115.0, "369901100201", Facts.LAT, Facts.LNG).size());
    }
}
