package org.anju.permits.gis;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.county.CountyRulesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The county's GIS layers: upload a new version (county admin), read the current or an older one. */
@Path("/api/v1/layers/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GIS layers 图层")
public class LayerResource {

    private final LayerService layers;
    private final CountyRulesService county;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final ObjectMapper json;

    public LayerResource(LayerService layers, CountyRulesService county, IdempotentRequests idempotent, Caller caller,
            ObjectMapper json) {
        this.layers = layers;
        this.county = county;
        this.idempotent = idempotent;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Path("/versions")
    @Consumes({ MediaType.APPLICATION_JSON, "application/geo+json" })
    @Operation(summary = "Upload a new version of a layer (county admin) 上传图层新版本",
            description = "PLANNING_AREAS: Polygon/MultiPolygon features with property villageCode; HAZARD_ZONES: "
                    + "polygons with property name; ROADS: LineString/MultiLineString with roadClass "
                    + "(NATIONAL, PROVINCIAL, COUNTY, TOWNSHIP) and name. Positions are WGS-84 [lng, lat].")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "GeoJSON FeatureCollection")))
    @APIResponse(responseCode = "201", description = "Stored as the new current version",
            content = @Content(schema = @Schema(implementation = LayerView.class)))
    @APIResponse(responseCode = "403", description = "Not a county admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid GeoJSON, naming each broken feature by index",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("kind") LayerKind kind,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @NotNull JsonNode body) {
        caller.require(Role.COUNTY_ADMIN);
        return idempotent.execute(idempotencyKey, "POST layers " + kind + " " + caller.user(), body, () -> {
            GisLayer l = layers.upload(county.countyCode(), kind, body, caller.user());
            return Response.created(URI.create("/api/v1/layers/" + kind + "/versions/" + l.version))
                    .entity(LayerView.of(l, null)).build();
        });
    }

    @GET
    @Operation(summary = "The current version of a layer 当前图层")
    @APIResponse(responseCode = "200", description = "The layer with its GeoJSON",
            content = @Content(schema = @Schema(implementation = LayerView.class)))
    @APIResponse(responseCode = "404", description = "No version uploaded yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public LayerView current(@PathParam("kind") LayerKind kind) {
        caller.require(Role.people());
        return layers.current(county.countyCode(), kind).map(this::full)
                .orElseThrow(() -> ProblemException.notFound("Layer", kind));
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One version of a layer 图层历史版本")
    @APIResponse(responseCode = "200", description = "The layer version with its GeoJSON",
            content = @Content(schema = @Schema(implementation = LayerView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public LayerView version(@PathParam("kind") LayerKind kind, @PathParam("version") int version) {
        caller.require(Role.people());
        return layers.version(county.countyCode(), kind, version).map(this::full)
                .orElseThrow(() -> ProblemException.notFound("Layer version", kind + "/" + version));
    }

    private LayerView full(GisLayer l) {
        try {
            return LayerView.of(l, json.readTree(l.geojson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
