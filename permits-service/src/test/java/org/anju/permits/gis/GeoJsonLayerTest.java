package org.anju.permits.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Reading and validating uploaded GeoJSON layers. */
class GeoJsonLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode collection(String... geometries) throws Exception {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < geometries.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"z").append(i)
                    .append("\"},\"geometry\":").append(geometries[i]).append('}');
        }
        return JSON.readTree(b.append("]}").toString());
    }

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[117.96,28.45],[117.97,28.45],"
            + "[117.97,28.46],[117.96,28.46],[117.96,28.45]]]}";
    private static final String BOWTIE = "{\"type\":\"Polygon\",\"coordinates\":[[[117.96,28.45],[117.97,28.46],"
            + "[117.97,28.45],[117.96,28.46],[117.96,28.45]]]}";

    @Test
    void validHazardZonesAreRead() throws Exception {
        CountyLayers l = GeoJsonLayer.parse(LayerKind.HAZARD_ZONES, collection(SQUARE, SQUARE), c -> true);
        assertEquals(2, l.hazardZones().size());
        assertEquals("z1", l.hazardZones().get(1).name());
    }

    @Test
    void selfIntersectingPolygonIsRefusedNamingItsFeatureIndex() throws Exception {
        ProblemException e = assertThrows(ProblemException.class,
                () -> GeoJsonLayer.parse(LayerKind.HAZARD_ZONES, collection(SQUARE, BOWTIE), c -> true));
        assertEquals(422, e.status());
        assertEquals(1, e.errors().size());
        assertEquals("features[1].geometry", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("Self-intersection"), e.errors().get(0).message());
    }

    @Test
    void roadNeedsALineAndAClass() throws Exception {
        ProblemException e = assertThrows(ProblemException.class,
                () -> GeoJsonLayer.parse(LayerKind.ROADS, collection(SQUARE), c -> true));
        assertTrue(e.errors().get(0).message().contains("LineString"));
        JsonNode road = JSON.readTree("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"roadClass\":\"provincial\",\"name\":\"S201\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[117.95,28.445],[117.98,28.445]]}}]}");
        assertEquals(RoadClass.PROVINCIAL, GeoJsonLayer.parse(LayerKind.ROADS, road, c -> true).roads().get(0).roadClass());
    }

    @Test
    void positionOutsideChinaIsRefused() throws Exception {
        String swapped = "{\"type\":\"Polygon\",\"coordinates\":[[[28.45,117.96],[28.45,117.97],[28.46,117.97],"
                + "[28.45,117.96]]]}";
        ProblemException e = assertThrows(ProblemException.class,
                () -> GeoJsonLayer.parse(LayerKind.HAZARD_ZONES, collection(swapped), c -> true));
        assertTrue(e.errors().get(0).message().contains("inside China"));
    }

    @Test
    void notAFeatureCollectionIsRefused() throws Exception {
        assertThrows(ProblemException.class,
                () -> GeoJsonLayer.parse(LayerKind.ROADS, JSON.readTree("{\"type\":\"Feature\"}"), c -> true));
    }
}
