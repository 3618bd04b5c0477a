package org.anju.permits.gis;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a county GIS layer. 县级图层版本。 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Layer", requiredProperties = { "kind", "version", "featureCount", "uploadedAt", "uploadedBy" })
public record LayerView(
        @Schema(examples = "HAZARD_ZONES") LayerKind kind,
        @Schema(examples = "3") int version,
        @Schema(examples = "12") int featureCount,
        OffsetDateTime uploadedAt,
        @Schema(examples = "admin-01") String uploadedBy,
        @Schema(description = "The GeoJSON FeatureCollection (on single-layer reads)", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonNode geojson) {

    static LayerView of(GisLayer l, JsonNode geojson) {
        return new LayerView(l.kind, l.version, l.featureCount, l.uploadedAt, l.uploadedBy, geojson);
    }
}
