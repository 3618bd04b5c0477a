package org.anju.gateway.caller;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Test-only endpoints guarded the way every service guards its own, through {@link Caller}. */
@Path("/test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerProbeResource {

    private final Caller caller;

    public CallerProbeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/admin-only")
    public Map<String, Object> adminOnly() {
        caller.require(Role.COUNTY_ADMIN);
        return Map.of("user", caller.user(), "county", caller.county().orElse(""));
    }

    @GET
    @Path("/township/{code}")
    public Map<String, Object> township(@PathParam("code") String code) {
        caller.require(Role.people());
        if (!caller.mayAccessTownship(code)) {
            throw ProblemException.notFound("Township record", code);
        }
        return Map.of("township", code, "townships", caller.townships());
    }
}
