package org.anju.inspections.permit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

import io.quarkus.logging.Log;

/** Reads a permit's site for a request: an unknown permit is a 422 on the field, an unreachable service a 503. */
@ApplicationScoped
public class SiteLookup {

    private final PermitsClient client;

    public SiteLookup(PermitsClient client) {
        this.client = client;
    }

    /** The site, or null when no permit is named. */
    public PermitSite forPermit(UUID permitId) {
        if (permitId == null) {
            return null;
        }
        try {
            return client.site(permitId).orElseThrow(() -> ProblemException.ruleViolated("permit-unknown",
                    "许可不存在", "Unknown permit", "permits-service does not know permit " + permitId,
                    List.of(new FieldViolation("permitId", "permit-unknown", "No such permit", "许可不存在",
                            permitId.toString()))));
        } catch (ProblemException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw PermitsClient.unavailable(e);
        } catch (RuntimeException e) {
            Log.warnf("permits-service could not give the site of permit %s: %s", permitId, e.toString());
            throw PermitsClient.unavailable(e);
        }
    }
}
