package org.anju.registry.support;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.concurrency.Versions;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** Small HTTP helpers the register's resources share: Location, ETag, date query parameters. */
public final class Http {

    public static final String PROBLEM = "application/problem+json";

    private Http() {
    }

    public static URI location(UriInfo uri, String... segments) {
        var b = uri.getBaseUriBuilder().path("api/v1");
        for (String s : segments) {
            b.path(s);
        }
        return b.build();
    }

    public static Response created(URI location, long version, Object body) {
        return Response.created(location).tag(Versions.etag(version)).entity(body).build();
    }

    public static Response ok(long version, Object body) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    /** A `YYYY-MM-DD` query parameter; {@code fallback} when absent, 400 when malformed. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(name, "date-format", name + " must be a date YYYY-MM-DD",
                    name + " 须为 YYYY-MM-DD 格式的日期", value));
        }
    }

    /** An enum query parameter; null when absent, 400 naming the allowed values when unknown. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = java.util.Arrays.toString(type.getEnumConstants());
            throw ProblemException.invalid(new FieldViolation(name, "enum", name + " must be one of " + allowed,
                    name + " 须为 " + allowed + " 之一", value));
        }
    }

    /** An integer query parameter; null when absent, 400 when not a number. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(new FieldViolation(name, "integer", name + " must be a whole number",
                    name + " 须为整数", value));
        }
    }
}
