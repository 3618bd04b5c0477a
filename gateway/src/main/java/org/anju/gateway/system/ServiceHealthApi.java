package org.anju.gateway.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The readiness endpoint every Anju service exposes; one REST client per service is built from it. */
public interface ServiceHealthApi {

    @GET
    @Path("/q/health/ready")
    @Produces(MediaType.APPLICATION_JSON)
    Response ready();
}
