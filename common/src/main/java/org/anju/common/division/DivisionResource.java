package org.anju.common.division;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only administrative divisions (reference data), served the same way by every service. */
@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "行政区划 Administrative divisions (reference data)")
public class DivisionResource {

    private final Divisions divisions;

    public DivisionResource(Divisions divisions) {
        this.divisions = divisions;
    }

    @GET
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "listCounties", summary = "The counties served, with their townships and villages")
    @APIResponse(responseCode = "200", description = "Counties with their division trees",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Division.class, type = SchemaType.ARRAY)))
    public List<Division> counties() {
        return divisions.counties();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "getDivision", summary = "One division and the divisions directly below it")
    @APIResponse(responseCode = "200", description = "The division",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Division.class)))
    @APIResponse(responseCode = "404", description = "No division has this code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Division get(@Parameter(description = "12-digit division code", example = "369901100000",
            schema = @Schema(pattern = "^[0-9]{12}$")) @PathParam("code") String code) {
        return divisions.find(code).orElseThrow(() -> ProblemException.notFound("Division", code));
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "lookupDivisions", summary = "Check a batch of division codes",
            description = "Answers which codes this deployment knows (with their names) and which it does not.")
    @APIResponse(responseCode = "200", description = "Known and unknown codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DivisionLookup.Result.class)))
    public DivisionLookup.Result lookup(@NotNull @Valid DivisionLookup request) {
        List<Division> found = request.codes().stream().distinct().flatMap(c -> divisions.find(c).stream())
                .map(Division::alone).toList();
        List<String> unknown = request.codes().stream().distinct().filter(c -> divisions.find(c).isEmpty()).toList();
        return new DivisionLookup.Result(found, unknown);
    }
}
