package org.anju.inspections.permit;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** permits-service's site endpoint; used only through {@link PermitsClient}. */
@RegisterRestClient(configKey = "permits")
@Path("/api/v1/permits")
public interface PermitsApi {

    @GET
    @Path("/{permitId}/site")
    @Produces(MediaType.APPLICATION_JSON)
    PermitSite site(@PathParam("permitId") UUID permitId);
}
