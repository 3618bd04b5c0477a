package org.anju.gateway.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times of the webhook feature in the county's zone (Asia/Shanghai), from entities and native query rows alike. */
final class Times {

    static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    static OffsetDateTime county(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(COUNTY_ZONE).toOffsetDateTime();
    }

    /** A timestamptz column of a native query, whichever Java type the driver chose. */
    static OffsetDateTime column(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return county(o);
        }
        if (value instanceof Instant i) {
            return i.atZone(COUNTY_ZONE).toOffsetDateTime();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atZone(COUNTY_ZONE).toOffsetDateTime();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }
}
