package org.anju.registry.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The county's calendar: "today" and "now" in Asia/Shanghai, whatever the server's zone. */
public final class Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Clock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }
}
