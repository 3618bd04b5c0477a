package org.anju.permits.gis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads and validates an uploaded GeoJSON FeatureCollection into JTS geometries: polygons for areas and zones, lines for
 * roads, WGS-84 positions inside China, valid topology (a self-intersecting polygon is refused naming its feature).
 */
public final class GeoJsonLayer {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonLayer() {
    }

    /** Parses the collection; throws one 422 problem listing every broken feature. */
    public static CountyLayers parse(LayerKind kind, JsonNode collection, Predicate<String> knownVillage) {
        List<FieldViolation> errors = new ArrayList<>();
        List<CountyLayers.PlanningArea> areas = new ArrayList<>();
        List<CountyLayers.HazardZone> zones = new ArrayList<>();
        List<CountyLayers.Road> roads = new ArrayList<>();
        if (collection == null || !"FeatureCollection".equals(collection.path("type").asText())
                || !collection.path("features").isArray()) {
            throw refused(List.of(new FieldViolation("type", "geojson-feature-collection",
                    "the body must be a GeoJSON FeatureCollection with a features array",
                    "须为含 features 数组的 GeoJSON FeatureCollection")));
        }
        JsonNode features = collection.get("features");
        if (features.isEmpty()) {
            errors.add(new FieldViolation("features", "geojson-empty", "the collection has no features", "图层没有要素"));
        }
        for (int i = 0; i < features.size(); i++) {
            String field = "features[" + i + "]";
            JsonNode feature = features.get(i);
            JsonNode props = feature.path("properties");
            try {
                Geometry g = geometry(feature.path("geometry"));
                String problem = problem(kind, g);
                if (problem != null) {
                    errors.add(new FieldViolation(field + ".geometry", "geojson-geometry", "feature " + i + ": " + problem,
                            "第 " + i + " 个要素几何无效：" + problem));
                    continue;
                }
                switch (kind) {
                    case PLANNING_AREAS -> {
                        String village = props.path("villageCode").asText(null);
                        if (village == null || !knownVillage.test(village)) {
                            errors.add(new FieldViolation(field + ".properties.villageCode", "known-village",
                                    "feature " + i + ": villageCode " + village + " is not a village of the county",
                                    "第 " + i + " 个要素的村代码 " + village + " 不是本县的村", village));
                        } else {
                            areas.add(new CountyLayers.PlanningArea(i, village, g));
                        }
                    }
                    case HAZARD_ZONES -> zones.add(new CountyLayers.HazardZone(i, props.path("name").asText("zone " + i), g));
                    case ROADS -> {
                        RoadClass rc = roadClass(props.path("roadClass").asText(""));
                        if (rc == null) {
                            errors.add(new FieldViolation(field + ".properties.roadClass", "road-class",
                                    "feature " + i + ": roadClass must be NATIONAL, PROVINCIAL, COUNTY or TOWNSHIP",
                                    "第 " + i + " 个要素的公路等级须为 NATIONAL、PROVINCIAL、COUNTY 或 TOWNSHIP",
                                    props.path("roadClass").asText(null)));
                        } else {
                            roads.add(new CountyLayers.Road(i, props.path("name").asText(rc.zh()), rc, g));
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation(field + ".geometry", "geojson-geometry",
                        "feature " + i + ": " + e.getMessage(), "第 " + i + " 个要素几何格式错误：" + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return new CountyLayers(areas, zones, roads, java.util.Map.of(kind, 0));
    }

    private static ProblemException refused(List<FieldViolation> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " features are invalid";
        return ProblemException.ruleViolated("geojson-invalid", "GeoJSON 图层无效", "Invalid GeoJSON layer", detail,
                errors);
    }

    private static String problem(LayerKind kind, Geometry g) {
        boolean areal = g instanceof Polygon || "MultiPolygon".equals(g.getGeometryType());
        boolean linear = g instanceof LineString || "MultiLineString".equals(g.getGeometryType());
        if (kind == LayerKind.ROADS && !linear) {
            return "a road must be a LineString or MultiLineString, not " + g.getGeometryType();
        }
        if (kind != LayerKind.ROADS && !areal) {
            return "an area must be a Polygon or MultiPolygon, not " + g.getGeometryType();
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!ChinaBounds.contains(c.y, c.x)) {
                return "position [" + c.x + ", " + c.y + "] is not a WGS-84 [lng, lat] inside China";
            }
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            return error.getMessage() + (at == null ? "" : " at or near [" + at.x + ", " + at.y + "]");
        }
        return null;
    }

    private static RoadClass roadClass(String value) {
        for (RoadClass rc : RoadClass.values()) {
            if (rc.name().equalsIgnoreCase(value)) {
                return rc;
            }
        }
        return null;
    }

    static Geometry geometry(JsonNode g) {
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    parts[i] = polygon(c.get(i));
                }
                yield FACTORY.createMultiPolygon(parts);
            }
            case "LineString" -> FACTORY.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] parts = new LineString[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    parts[i] = FACTORY.createLineString(coordinates(c.get(i)));
                }
                yield FACTORY.createMultiLineString(parts);
            }
            case "Point" -> FACTORY.createPoint(position(c));
            default -> throw new IllegalArgumentException("unsupported geometry type '" + type + "'");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode node) {
        Coordinate[] cs = coordinates(node);
        if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException("a polygon ring needs 4 or more positions, the last equal to the first");
        }
        return FACTORY.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode node) {
        if (!node.isArray() || node.size() < 2) {
            throw new IllegalArgumentException("a line needs 2 or more positions");
        }
        Coordinate[] out = new Coordinate[node.size()];
        for (int i = 0; i < node.size(); i++) {
            out[i] = position(node.get(i));
        }
        return out;
    }

    private static Coordinate position(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [lng, lat]");
        }
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }

    /** A WGS-84 point (x = lng, y = lat). */
    public static Geometry point(double lat, double lng) {
        return FACTORY.createPoint(new Coordinate(lng, lat));
    }
}
