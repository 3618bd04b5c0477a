package org.anju.registry.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The county's calendar and the register's clock: "today" is the county's day (Asia/Shanghai), whatever the server's
 * zone; "now" is UTC to the microsecond, the style every Anju service answers in and what PostgreSQL keeps, so the
 * answer to a write and a later read of the same record agree.
 */
public final class Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Clock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
