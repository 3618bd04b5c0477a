package org.anju.permits.crew;

import java.time.LocalDate;
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
 * registry-service's crew eligibility endpoint, asked with this service's token; use it only through
 * {@link CrewEligibilityClient}.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/v1/crews")
public interface RegistryApi {

    @GET
    @Path("/{crewId}/eligibility")
    @Produces(MediaType.APPLICATION_JSON)
    CrewEligibility eligibility(@PathParam("crewId") UUID crewId, @QueryParam("on") LocalDate on);
}
