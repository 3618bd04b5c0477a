package org.anju.permits.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads the values of native query rows, whichever Java type the driver hands a column as. */
public final class Columns {

    private Columns() {
    }

    public static UUID uuid(Object v) {
        return v == null ? null : v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    public static OffsetDateTime moment(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime t) {
            return t;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (v instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp: " + v.getClass());
    }

    public static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + v.getClass());
    }

    public static long count(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }

    public static <E extends Enum<E>> E value(Class<E> type, Object v) {
        return v == null ? null : Enum.valueOf(type, v.toString());
    }
}
