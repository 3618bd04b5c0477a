package org.anju.permits.crew;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** registry-service's answer to "hold one of this crew's job slots for this build": the slot, held or confirmed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrewReservation(UUID crewId, UUID permitId, String status, LocalDate startsOn, OffsetDateTime heldUntil,
        Integer activeJobs, Integer maxConcurrentJobs) {

    /** The request body: the day the build is planned to start (the crew must be eligible then). */
    public record Request(LocalDate startsOn) {
    }
}
