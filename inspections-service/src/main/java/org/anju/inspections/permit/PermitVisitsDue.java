package org.anju.inspections.permit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of permits-service's mandatory visits due in a township on a date ({@code GET /api/v1/permits/visits-due}),
 * ordered by due date; {@code nextCursor} is permits' own and is handed back to it unchanged.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermitVisitsDue(List<Item> items, String nextCursor) {

    /** A permit whose next mandatory visit is due on or before the date asked for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID permitId, UUID householdId, String applicantName, String township, String village,
            String state, String visitType, LocalDate dueOn, boolean overdue, int workingDaysOverdue, Site site,
            String applicationNumber, String address) {
    }

    /** The permit's site position (WGS-84). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Site(Double lat, Double lng) {
    }
}
