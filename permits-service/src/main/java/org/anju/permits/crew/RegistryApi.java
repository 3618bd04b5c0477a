package org.anju.permits.crew;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * registry-service's crew eligibility and job-slot endpoints, called with this service's token; use them only through
 * {@link CrewEligibilityClient} and {@link CrewReservationClient}.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/v1/crews")
public interface RegistryApi {

    @GET
    @Path("/{crewId}/eligibility")
    @Produces(MediaType.APPLICATION_JSON)
    CrewEligibility eligibility(@PathParam("crewId") UUID crewId, @QueryParam("on") LocalDate on);

    /** 201 with a {@link CrewReservation} when the slot is taken now, 200 when the build already held it. */
    @PUT
    @Path("/{crewId}/reservations/{permitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response reserve(@PathParam("crewId") UUID crewId, @PathParam("permitId") UUID permitId,
            CrewReservation.Request body);

    @DELETE
    @Path("/{crewId}/reservations/{permitId}")
    void release(@PathParam("crewId") UUID crewId, @PathParam("permitId") UUID permitId);
}
