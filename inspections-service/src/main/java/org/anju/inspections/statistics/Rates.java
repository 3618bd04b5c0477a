package org.anju.inspections.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates as the statistics show them: a share of what was due, null when nothing was due (not 0, not 100 %). */
public final class Rates {

    private Rates() {
    }

    /** {@code done / due} rounded half-up to four decimals (0.6667), or null when {@code due} is 0. */
    public static Double share(long done, long due) {
        if (due <= 0) {
            return null;
        }
        if (done < 0 || done > due) {
            throw new IllegalArgumentException(done + " of " + due);
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
