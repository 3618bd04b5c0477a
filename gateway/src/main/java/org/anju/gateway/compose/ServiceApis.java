package org.anju.gateway.compose;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Raw read APIs of the three services used for composition; the caller's bearer token is passed explicitly. */
public final class ServiceApis {

    private ServiceApis() {
    }

    /** permits-service reads. */
    @RegisterRestClient(configKey = "permits")
    @Path("/api/v1")
    public interface PermitsApi {
        @GET
        @Path("/households/{id}")
        JsonNode household(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);

        @GET
        @Path("/permits")
        JsonNode permitsOfHousehold(@HeaderParam("Authorization") String auth, @QueryParam("household") UUID household,
                @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

        @GET
        @Path("/permits/{id}")
        JsonNode permit(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);

        @GET
        @Path("/permits/counts")
        JsonNode counts(@HeaderParam("Authorization") String auth);

        @GET
        @Path("/permits/statistics")
        JsonNode statistics(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
                @QueryParam("to") String to);

        @GET
        @Path("/permits/statistics/monthly")
        JsonNode monthly(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
                @QueryParam("to") String to);

        @GET
        @Path("/permits/overdue")
        JsonNode overdue(@HeaderParam("Authorization") String auth, @QueryParam("township") String township,
                @QueryParam("limit") int limit);

        @GET
        @Path("/permits/{id}/history")
        JsonNode history(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);

        @GET
        @Path("/permits/{id}/site")
        JsonNode site(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);
    }

    /** registry-service reads. */
    @RegisterRestClient(configKey = "registry")
    @Path("/api/v1")
    public interface RegistryApi {
        @GET
        @Path("/crews/{id}")
        JsonNode crew(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);

        @GET
        @Path("/crews/{id}/summary")
        JsonNode crewSummary(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);

        @GET
        @Path("/crews")
        JsonNode crewsExpiring(@HeaderParam("Authorization") String auth, @QueryParam("townshipCode") String township,
                @QueryParam("qualificationExpiresBefore") String before, @QueryParam("limit") int limit);

        @GET
        @Path("/crews/{id}/eligibility")
        JsonNode eligibility(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);
    }

    /** inspections-service reads. */
    @RegisterRestClient(configKey = "inspections")
    @Path("/api/v1")
    public interface InspectionsApi {
        @GET
        @Path("/permits/{id}/visits")
        JsonNode visits(@HeaderParam("Authorization") String auth, @PathParam("id") UUID permitId,
                @QueryParam("limit") int limit);

        @GET
        @Path("/hazards")
        JsonNode hazardsOfPermit(@HeaderParam("Authorization") String auth, @QueryParam("permit") UUID permitId,
                @QueryParam("limit") int limit);

        @GET
        @Path("/rectification-notices")
        JsonNode noticesOfPermit(@HeaderParam("Authorization") String auth, @QueryParam("permit") UUID permitId,
                @QueryParam("limit") int limit);

        @GET
        @Path("/stop-work-notices")
        JsonNode stopWorksOfPermit(@HeaderParam("Authorization") String auth, @QueryParam("permit") UUID permitId,
                @QueryParam("limit") int limit);

        @GET
        @Path("/visits")
        JsonNode visitsOfTownship(@HeaderParam("Authorization") String auth, @QueryParam("township") String township,
                @QueryParam("view") String view, @QueryParam("limit") int limit);

        @GET
        @Path("/stop-work-notices")
        JsonNode stopWorks(@HeaderParam("Authorization") String auth, @QueryParam("township") String township,
                @QueryParam("state") String state, @QueryParam("limit") int limit);

        @GET
        @Path("/statistics")
        JsonNode statistics(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
                @QueryParam("to") String to);

        @GET
        @Path("/statistics/monthly")
        JsonNode monthly(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
                @QueryParam("to") String to);

        @GET
        @Path("/rectification-notices")
        JsonNode overdueNotices(@HeaderParam("Authorization") String auth, @QueryParam("township") String township,
                @QueryParam("overdue") boolean overdue, @QueryParam("limit") int limit);
    }
}
