package org.anju.permits.crew;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.security.ServiceTokens;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * The one way to reserve and release a crew's job slot in registry-service: bounded by a timeout, retried once (the
 * reservation is idempotent per crew and permit, so a retry after a lost answer takes no second slot), behind a
 * circuit breaker. A refusal (404 unknown crew, 409 at capacity, 422 not eligible) is an answer, not a failure; any
 * other failure is {@link CrewEligibilityClient.RegistryUnavailable}, so that nothing is issued on a guess.
 */
@ApplicationScoped
public class CrewReservationClient {

    /** What the registry answered. */
    public sealed interface Answer {
    }

    /** The slot is the build's (taken now, or already before). */
    public record Reserved(CrewReservation reservation, boolean takenNow) implements Answer {
    }

    /** The crew has no free slot. */
    public record AtCapacity(long activeJobs, int maxConcurrentJobs, String detail) implements Answer {
    }

    /** The crew may not take a job starting on that day, for these reasons. */
    public record NotEligible(CrewEligibility eligibility) implements Answer {
    }

    /** The registry does not know the crew. */
    public record UnknownCrew() implements Answer {
    }

    private final RegistryApi api;
    private final ServiceTokens tokens;
    private final ObjectMapper json;

    public CrewReservationClient(@RestClient RegistryApi api, ServiceTokens tokens, ObjectMapper json) {
        this.api = api;
        this.tokens = tokens;
        this.json = json;
    }

    public Answer reserve(UUID crewId, UUID permitId, LocalDate startsOn) {
        try {
            return guardedReserve(crewId, permitId, startsOn);
        } catch (Refused e) {
            return e.answer;
        } catch (RuntimeException e) {
            Log.warnf("registry-service reservation of crew %s for permit %s failed: %s", crewId, permitId,
                    e.toString());
            throw new CrewEligibilityClient.RegistryUnavailable(e);
        }
    }

    /** Frees the slot, best effort (a held slot lapses on its own); false when the registry could not be told. */
    public boolean release(UUID crewId, UUID permitId) {
        try {
            guardedRelease(crewId, permitId);
            return true;
        } catch (RuntimeException e) {
            Log.warnf("registry-service release of crew %s for permit %s failed (the hold lapses): %s", crewId,
                    permitId, e.toString());
            return false;
        }
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = Refused.class)
    Reserved guardedReserve(UUID crewId, UUID permitId, LocalDate startsOn) {
        try (Response r = api.reserve(crewId, permitId, new CrewReservation.Request(startsOn))) {
            // 201: the slot was taken by this call; 200: the build already held it
            return new Reserved(r.readEntity(CrewReservation.class), r.getStatus() == 201);
        } catch (WebApplicationException e) {
            throw refusalOr(e);
        }
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    void guardedRelease(UUID crewId, UUID permitId) {
        try {
            api.release(crewId, permitId);
        } catch (WebApplicationException e) {
            if (status(e) == 401) {
                tokens.forget();
            }
            throw e;
        }
    }

    private RuntimeException refusalOr(WebApplicationException e) {
        int status = status(e);
        if (status == 401) {
            tokens.forget();
            return e;
        }
        if (status != 404 && status != 409 && status != 422) {
            return e;
        }
        JsonNode body = body(e);
        return new Refused(switch (status) {
            case 404 -> new UnknownCrew();
            case 409 -> new AtCapacity(body.path("activeJobs").asLong(), body.path("maxConcurrentJobs").asInt(),
                    body.path("detail").asText(null));
            default -> new NotEligible(new CrewEligibility(null, null, false, reasons(body),
                    body.hasNonNull("activeJobs") ? body.get("activeJobs").asInt() : null,
                    body.hasNonNull("maxConcurrentJobs") ? body.get("maxConcurrentJobs").asInt() : null, null));
        });
    }

    private List<CrewEligibility.Reason> reasons(JsonNode body) {
        List<CrewEligibility.Reason> out = new ArrayList<>();
        body.path("reasons").forEach(r -> out.add(new CrewEligibility.Reason(r.path("code").asText(),
                r.path("message").asText(null), r.path("messageZh").asText(null))));
        return out;
    }

    private JsonNode body(WebApplicationException e) {
        try {
            String text = e.getResponse().readEntity(String.class);
            return text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (Exception unreadable) {
            return json.createObjectNode();
        }
    }

    private static int status(WebApplicationException e) {
        return e.getResponse() == null ? 0 : e.getResponse().getStatus();
    }

    /** The registry refused, with an answer: neither a retry nor a breaker failure. */
    static class Refused extends RuntimeException {
        final transient Answer answer;

        Refused(Answer answer) {
            super("refused: " + answer, null, false, false);
            this.answer = answer;
        }
    }
}
