package org.anju.permits.county;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The county's holiday calendar, which sets the working days of the time limits. */
@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "County rules 县级规则")
public class HolidayResource {

    private final EntityManager em;
    private final Caller caller;

    public HolidayResource(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** A public holiday, or a make-up working day (调休) when {@code workday} is true. */
    @Schema(name = "Holiday", requiredProperties = { "day", "name", "workday" })
    public record Holiday(@Schema(examples = "2026-10-01") LocalDate day,
            @NotBlank @Size(max = 60) @Schema(examples = "国庆节 National Day") String name,
            @NotNull @Schema(description = "True for a make-up working day on a weekend") Boolean workday) {
    }

    @GET
    @Operation(summary = "Holidays and make-up working days of a year 节假日")
    @APIResponse(responseCode = "200", description = "The year's calendar",
            content = @Content(schema = @Schema(implementation = Holiday.class, type = SchemaType.ARRAY)))
    public List<Holiday> list(@QueryParam("year") Integer year) {
        caller.require(Role.people());
        int y = year == null ? HolidayCalendar.today().getYear() : year;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, name, workday from holiday where day >= ?1 and day < ?2 "
                + "order by day").setParameter(1, LocalDate.of(y, 1, 1)).setParameter(2, LocalDate.of(y + 1, 1, 1))
                .getResultList();
        return rows.stream().map(r -> new Holiday(r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0],
                (String) r[1], (Boolean) r[2])).toList();
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Set a holiday or make-up working day (county admin) 设置节假日")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = Holiday.class)))
    @APIResponse(responseCode = "403", description = "Not a county admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Holiday put(@PathParam("day") LocalDate day, @Valid @NotNull Holiday body) {
        caller.require(Role.COUNTY_ADMIN);
        em.createNativeQuery("insert into holiday (day, name, workday) values (?1, ?2, ?3) on conflict (day) do update "
                + "set name = excluded.name, workday = excluded.workday").setParameter(1, day)
                .setParameter(2, body.name()).setParameter(3, body.workday()).executeUpdate();
        return new Holiday(day, body.name(), body.workday());
    }

    @DELETE
    @Path("/{day}")
    @Transactional
    @Operation(summary = "Remove a day from the calendar (county admin) 删除节假日")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a county admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not in the calendar",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("day") LocalDate day) {
        caller.require(Role.COUNTY_ADMIN);
        if (em.createNativeQuery("delete from holiday where day = ?1").setParameter(1, day).executeUpdate() == 0) {
            throw ProblemException.notFound("Holiday", day);
        }
        return Response.noContent().build();
    }
}
