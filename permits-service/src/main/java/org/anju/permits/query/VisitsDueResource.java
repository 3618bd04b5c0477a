package org.anju.permits.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.common.division.Divisions;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.county.HolidayCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mandatory site visits (到场) due in a township on a day, derived from each build's stage. */
@Path("/api/v1/permits/visits-due")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permits 农房建设审批")
public class VisitsDueResource {

    private final VisitsDue visitsDue;
    private final Divisions divisions;
    private final Caller caller;

    public VisitsDueResource(VisitsDue visitsDue, Divisions divisions, Caller caller) {
        this.visitsDue = visitsDue;
        this.divisions = divisions;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listPermitVisitsDue", summary = "Mandatory visits due 到场任务（今日到期与超期）",
            description = "The builds whose next mandatory visit is due on or before `on` (default today in "
                    + "Asia/Shanghai), by due date then permit id, keyset-paginated; overdue when the due date is "
                    + "before `on`, with the working days (county holiday calendar) after it up to `on`. The visit due "
                    + "follows the build's state and the visits passed (visit.passed events): SITE_SURVEY while "
                    + "submitted or village-reviewed, due within the county's survey limit of intake (default 3 working "
                    + "days, DESIGN.md section 3); SETTING_OUT once permitted, within settingOutWorkingDays of the "
                    + "certificate (default 3); each later visit under construction, in the county's order, within "
                    + "stageVisitWorkingDays (default 3) of the visit before it passing. A deadline is set when the "
                    + "visit falls due and then kept. Suspended builds (stop-work) are not due; when the stop-work is "
                    + "lifted, a deadline that had not passed counts again from that day. Nothing is due between "
                    + "survey and certificate, after completion acceptance, or in a side state. Without `township`: "
                    + "every township the caller may see.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = VisitDuePage.class)))
    @APIResponse(responseCode = "400", description = "on not a date, unknown township, bad cursor or limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No caller role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<VisitDueView> list(
            @QueryParam("township") @Parameter(description = "Township code; another township's is an empty page",
                    example = "369901100000") String township,
            @QueryParam("on") @Parameter(description = "The day (default today, Asia/Shanghai)",
                    example = "2026-11-30") String on,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "Page size, default 20, at most 100", example = "20") Integer limit) {
        caller.require(Role.people());
        divisions.requireTownshipFilter(township);
        return visitsDue.page(township, day("on", on), cursor, limit, caller);
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return HolidayCalendar.today();
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-date",
                    field + " must be a date like 2026-11-30", field + " 应为日期，例如 2026-11-30", value));
        }
    }

    /** OpenAPI shape of a page of visits due. */
    @Schema(name = "PermitVisitDuePage", requiredProperties = "items")
    public record VisitDuePage(List<VisitDueView> items, String nextCursor) {
    }
}
