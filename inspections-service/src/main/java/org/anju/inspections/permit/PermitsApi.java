package org.anju.inspections.permit;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * permits-service's site and visits-due endpoints; used only through {@link PermitsClient}. The caller's bearer token
 * is passed on (org.eclipse.microprofile.rest.client.propagateHeaders), so permits-service applies the caller's
 * township scope.
 */
@RegisterRestClient(configKey = "permits")
@RegisterClientHeaders
@Path("/api/v1/permits")
public interface PermitsApi {

    @GET
    @Path("/{permitId}/site")
    @Produces(MediaType.APPLICATION_JSON)
    PermitSite site(@PathParam("permitId") UUID permitId);

    @GET
    @Path("/visits-due")
    @Produces(MediaType.APPLICATION_JSON)
    PermitVisitsDue visitsDue(@QueryParam("township") String township, @QueryParam("on") String on,
            @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);
}
