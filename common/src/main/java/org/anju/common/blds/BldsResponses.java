package org.anju.common.blds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/**
 * The answer of a BLDS export page in the form the caller accepts: JSON ({@code items}, {@code nextCursor}) or CSV
 * (see {@link BldsCsv}); either way the next page is also linked in a {@code Link: <…>; rel="next"} header (RFC 8288),
 * the same request with {@code cursor} set, so CSV harvesters need not parse a body to go on.
 */
public final class BldsResponses {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    private BldsResponses() {
    }

    public static <T> Response page(Page<T> page, Class<T> rowType, HttpHeaders headers, UriInfo uri) {
        Response.ResponseBuilder answer = wantsCsv(headers)
                ? Response.ok(BldsCsv.write(rowType, page.items()), CSV)
                : Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        if (page.nextCursor() != null) {
            // relative (path and query): behind the gateway the service's own host is not the caller's
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            answer.header(HttpHeaders.LINK, "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** Whether the most preferred acceptable type that we serve is CSV (JSON when nothing is said). */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && ("csv".equals(type.getSubtype()) || type.isWildcardSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The {@code changedSince} of an export: a moment with offset, or a day taken from its start in the county's zone;
     * null when absent; 400 naming the field otherwise.
     */
    public static OffsetDateTime since(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(zone).toOffsetDateTime() : OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-date-time",
                    field + " must be a date-time with offset like 2026-11-01T00:00:00+08:00, or a day like 2026-11-01",
                    field + " 应为带时区的时间（例如 2026-11-01T00:00:00+08:00）或日期（例如 2026-11-01）", value));
        }
    }
}
