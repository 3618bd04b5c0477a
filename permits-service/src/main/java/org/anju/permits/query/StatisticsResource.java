package org.anju.permits.query;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.period.StatisticsPeriod;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.problem.Problem;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.county.HolidayCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics of applications and mandatory visits per township, for a period and per month. */
@Path("/api/v1/permits/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permits 农房建设审批")
public class StatisticsResource {

    private final PermitStatistics statistics;
    private final Divisions divisions;
    private final Caller caller;

    public StatisticsResource(PermitStatistics statistics, Divisions divisions, Caller caller) {
        this.statistics = statistics;
        this.divisions = divisions;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "permitStatistics", summary = "Statistics per township for a period 审批与到场统计",
            description = "Every township the caller may see (county-wide roles: the county's; township roles: their "
                    + "own), or the one asked for (another township's: none). Days are the county's (Asia/Shanghai), "
                    + "first and last included; from defaults to 1 January of to's year, to to today. "
                    + "applicationsByState and overdue are as of now; submitted counts intakes in the period; decided "
                    + "the books issued and refusals in the period, averageDaysToDecision their mean calendar days "
                    + "from intake; mandatoryVisitsDue the mandatory visits whose deadline fell in the period (see "
                    + "GET /api/v1/permits/visits-due for the deadlines), mandatoryVisitsPassed those of them passed on "
                    + "any day, and the rate between them (null when none was due).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    @APIResponse(responseCode = "400", description = "from or to not a date, from after to, unknown township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No caller role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public StatisticsView period(
            @QueryParam("from") @Parameter(description = "First day", example = "2026-06-01") String from,
            @QueryParam("to") @Parameter(description = "Last day", example = "2026-11-30") String to,
            @QueryParam("township") @Parameter(description = "One township", example = "369901100000") String township) {
        caller.require(Role.people());
        StatisticsPeriod p = StatisticsPeriod.days(from, to, HolidayCalendar.today());
        return statistics.period(townships(township), p, HolidayCalendar.today());
    }

    @GET
    @Path("/monthly")
    @Operation(operationId = "permitMonthlyStatistics", summary = "Statistics per month and township 按月统计",
            description = "Intakes, decisions and mandatory visits due and passed in each month from `from` to `to` "
                    + "(YYYY-MM, both included, at most 24 months; default the last six months), for the same "
                    + "townships as the period statistics. Every month and township is listed, with zeros.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = MonthlyStatisticsView.class)))
    @APIResponse(responseCode = "400", description = "Not a month, from after to, more than 24 months, unknown township",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No caller role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public MonthlyStatisticsView monthly(
            @QueryParam("from") @Parameter(description = "First month", example = "2026-06") String from,
            @QueryParam("to") @Parameter(description = "Last month", example = "2026-11") String to,
            @QueryParam("township") @Parameter(description = "One township", example = "369901100000") String township) {
        caller.require(Role.people());
        StatisticsPeriod p = StatisticsPeriod.months(from, to, HolidayCalendar.today());
        return statistics.monthly(townships(township), p);
    }

    private List<Division> townships(String township) {
        divisions.requireTownshipFilter(township);
        return Scope.of(township, caller).townships(divisions);
    }
}
