package org.anju.inspections.statistics;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.period.StatisticsPeriod;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Inspections' figures per township, for a period and per month: what the county overview is made of. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics 统计")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private static final Role[] READERS = { Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK,
            Role.COUNTY_ADMIN, Role.BUREAU_READER };
    private static final String PROBLEM = "application/problem+json";

    private final StatisticsQueries queries;
    private final Divisions divisions;
    private final Caller caller;

    public StatisticsResource(StatisticsQueries queries, Divisions divisions, Caller caller) {
        this.queries = queries;
        this.divisions = divisions;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getInspectionStatistics", summary = "Figures per township for a period 各乡镇巡查统计",
            description = "Visits recorded (on and off site), mandatory visits passed on site, hazards by grade, "
                    + "notices issued and closed out, close-out rate of the notices whose deadline fell in the "
                    + "period (closed out by now / all of them; null when none), notices overdue now, stop-works "
                    + "issued and in force now, cases opened. Days in Asia/Shanghai, both ends included; `to` "
                    + "defaults to today, `from` to 1 January of `to`'s year. County roles see every township of "
                    + "their county, township roles their own; `township` narrows to one.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    @APIResponse(responseCode = "400", description = "Bad date, or from after to", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Township unknown or not visible to the caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public StatisticsView period(@Parameter(example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(example = "369901100000") @QueryParam("township") String township) {
        caller.require(READERS);
        LocalDate today = LocalDate.now(StatisticsPeriod.ZONE);
        return queries.period(townships(township), StatisticsPeriod.days(from, to, today), today);
    }

    @GET
    @Path("/monthly")
    @Operation(operationId = "getInspectionMonthlyStatistics", summary = "Figures per month and township 按月巡查统计",
            description = "Visits on and off site by check-in month; notices due (deadline in the month), of "
                    + "those closed out by now, and their close-out rate (null in a month with no deadline). `to` "
                    + "defaults to this month, `from` to five months before it; at most 24 months.")
    @APIResponse(responseCode = "200", description = "The figures, oldest month first", content = @Content(schema = @Schema(implementation = MonthlyView.class)))
    @APIResponse(responseCode = "400", description = "Bad month, from after to, more than 24 months", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Township unknown or not visible to the caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MonthlyView monthly(@Parameter(example = "2026-06") @QueryParam("from") String from,
            @Parameter(example = "2026-11") @QueryParam("to") String to,
            @Parameter(example = "369901100000") @QueryParam("township") String township) {
        caller.require(READERS);
        return queries.monthly(townships(township),
                StatisticsPeriod.months(from, to, LocalDate.now(StatisticsPeriod.ZONE)));
    }

    /** The townships the caller sees, or the one asked for (404 when unknown or not the caller's). */
    private List<Division> townships(String township) {
        if (township != null && !township.isBlank()) {
            Division d = divisions.find(township.trim()).filter(x -> divisions.isTownship(x.code()))
                    .filter(x -> caller.mayAccessTownship(x.code()))
                    .orElseThrow(() -> ProblemException.notFound("Township", township));
            return List.of(d);
        }
        return divisions.townships().stream().filter(t -> caller.mayAccessTownship(t.code())).toList();
    }
}
