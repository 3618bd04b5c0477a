package org.anju.gateway.problem;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.concurrency.Versions;
import org.anju.common.idempotency.IdempotentRequests;
import org.anju.common.identity.ResidentId;
import org.anju.common.outbox.Outbox;
import org.anju.common.problem.ProblemException;

/** Test-only endpoints that fail in each way the shared error mapping must handle (public, to reach the mapping). */
@Path("/test/problems")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public enum Structure {
        BRICK_CONCRETE, FRAME
    }

    public record Probe(@NotBlank String name, @NotNull @Min(1) @Max(6) Integer storeys, @ResidentId String residentId,
            Structure structure) {
    }

    private final IdempotentRequests idempotency;
    private final Outbox outbox;

    public ProblemProbeResource(IdempotentRequests idempotency, Outbox outbox) {
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @POST
    @Path("/validated")
    @Consumes(MediaType.APPLICATION_JSON)
    public Probe validated(@NotNull @Valid Probe probe) {
        return probe;
    }

    @GET
    @Path("/things/{id}")
    public Probe thing(@PathParam("id") long id) {
        throw ProblemException.notFound("Thing", id);
    }

    @POST
    @Path("/conflict")
    public Probe conflict() {
        throw ProblemException.conflict("transition-not-allowed", "当前状态不允许此操作", "Transition not allowed",
                "A FILED crew cannot be suspended").with("currentState", "FILED")
                .with("allowed", List.of("QUALIFIED", "REVOKED"));
    }

    @GET
    @Path("/boom")
    public Probe boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @PUT
    @Path("/versioned")
    public Map<String, Object> versioned(@HeaderParam("If-Match") String ifMatch) {
        Versions.requireMatch(ifMatch, 3);
        return Map.of("version", 4);
    }

    @POST
    @Path("/idempotent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response idempotent(@HeaderParam(IdempotentRequests.HEADER) String key, @NotNull @Valid Probe probe) {
        return idempotency.execute(key, "POST /test/problems/idempotent", probe, () -> {
            var id = outbox.publish("probe", "probe.created", key, probe);
            if (probe.name().equals("fail")) {
                throw ProblemException.ruleViolated("probe-refused", "拒绝", "Refused", "refused after writing", null);
            }
            return Response.status(201).entity(Map.of("eventId", id.toString(), "name", probe.name())).build();
        });
    }
}
