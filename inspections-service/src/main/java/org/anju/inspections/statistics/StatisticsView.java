package org.anju.inspections.statistics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inspections' figures per township for the days of a period (aggregated in SQL). */
@Schema(name = "InspectionStatistics", requiredProperties = { "from", "to", "townships" })
public record StatisticsView(@Schema(examples = "2026-11-01") LocalDate from,
        @Schema(examples = "2026-11-30") LocalDate to, List<Township> townships) {

    /** One township's figures. Counts of the period unless said "now". */
    @Schema(name = "InspectionStatisticsTownship", requiredProperties = { "township", "name", "visitsRecorded",
            "visitsOnSite", "visitsOffSite", "mandatoryVisitsPassedOnSite", "hazardsFound", "noticesIssued",
            "noticesClosedOut", "noticesDue", "noticesDueClosedOut", "noticesOverdue", "stopWorksIssued",
            "stopWorksInForce", "casesOpened" })
    public record Township(@Schema(examples = "369901100000") String township, @Schema(examples = "城关镇") String name,
            @Schema(description = "Visits checked in during the period") long visitsRecorded,
            @Schema(description = "Of those, on site (distance + accuracy within the radius)") long visitsOnSite,
            @Schema(description = "Of those, off site (stored, flagged, counted for nothing)") long visitsOffSite,
            @Schema(description = "The six mandatory visits recorded on site with a pass") long mandatoryVisitsPassedOnSite,
            Hazards hazardsFound,
            @Schema(description = "Rectification notices issued") long noticesIssued,
            @Schema(description = "Rectification notices closed out (销号)") long noticesClosedOut,
            @Schema(description = "Notices whose deadline fell in the period") long noticesDue,
            @Schema(description = "Of those, closed out by now") long noticesDueClosedOut,
            @Schema(description = "noticesDueClosedOut / noticesDue (4 decimals); null when no deadline fell in the period", examples = "0.75") Double closeOutRate,
            @Schema(description = "Now: notices open past their deadline") long noticesOverdue,
            @Schema(description = "Stop-work notices issued") long stopWorksIssued,
            @Schema(description = "Now: stop-work notices in force") long stopWorksInForce,
            @Schema(description = "Illegal construction cases opened") long casesOpened) {
    }

    /** Hazards found in the period by grade, those the county voided left out. */
    @Schema(name = "HazardsByGrade", requiredProperties = { "GENERAL", "MAJOR", "CRITICAL" })
    public record Hazards(@JsonProperty("GENERAL") long general, @JsonProperty("MAJOR") long major,
            @JsonProperty("CRITICAL") long critical) {
    }
}
