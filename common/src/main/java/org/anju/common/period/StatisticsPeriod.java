package org.anju.common.period;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/**
 * The days a statistic counts, first and last included, read from query parameters with the county's defaults;
 * a moment belongs to the day it falls on in the county's zone.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** The county's zone: a visit at 23:30 in Shanghai on 31 May counts for May. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The longest monthly series, in months. */
    public static final int MAX_MONTHS = 24;

    /** Days: {@code to} defaults to today, {@code from} to the first of January of {@code to}'s year. */
    public static StatisticsPeriod days(String from, String to, LocalDate today) {
        LocalDate end = blank(to) ? today : date("to", to);
        LocalDate start = blank(from) ? end.withDayOfYear(1) : date("from", from);
        if (start.isAfter(end)) {
            throw ProblemException.invalid(new FieldViolation("from", "from-not-after-to",
                    "from must be on or before to (" + end + ")", "起始日期不能晚于结束日期（" + end + "）", from));
        }
        return new StatisticsPeriod(start, end);
    }

    /**
     * Whole months: {@code to} defaults to this month, {@code from} to five months before it (six in all); at most
     * {@link #MAX_MONTHS} months.
     */
    public static StatisticsPeriod months(String from, String to, LocalDate today) {
        YearMonth end = blank(to) ? YearMonth.from(today) : month("to", to);
        YearMonth start = blank(from) ? end.minusMonths(5) : month("from", from);
        if (start.isAfter(end)) {
            throw ProblemException.invalid(new FieldViolation("from", "from-not-after-to",
                    "from must be on or before to (" + end + ")", "起始月份不能晚于结束月份（" + end + "）", from));
        }
        if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
            throw ProblemException.invalid(new FieldViolation("from", "at-most-24-months",
                    "A monthly series covers at most " + MAX_MONTHS + " months; from is "
                            + (ChronoUnit.MONTHS.between(start, end) + 1) + " months before to",
                    "按月统计最多 " + MAX_MONTHS + " 个月", from));
        }
        return new StatisticsPeriod(start.atDay(1), end.atEndOfMonth());
    }

    /** The first moment of the period in the county's zone. */
    public OffsetDateTime start() {
        return from.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first moment after the period (exclusive end). */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The months the period touches, oldest first, as YYYY-MM. */
    public List<String> months() {
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-date",
                    field + " must be a date like 2026-11-01", field + " 应为日期，例如 2026-11-01", value));
        }
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-month",
                    field + " must be a month like 2026-06", field + " 应为月份，例如 2026-06", value));
        }
    }
}
