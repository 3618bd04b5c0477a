package org.anju.permits.crew;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** registry-service's answer to "may this crew take a job on that day" (contract in the helper brief). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrewEligibility(UUID crewId, LocalDate on, boolean eligible, List<Reason> reasons, Integer activeJobs,
        Integer maxConcurrentJobs, Integer creditScore) {

    /** Why the crew is not eligible. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, String message, String messageZh) {
    }
}
