package org.anju.gateway.compose;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** The period of an overview (days) or a trend (months), read from query parameters with the county's defaults. */
record Period(String from, String to) {

    /** The longest trend the services will count, in months. */
    static final int MAX_MONTHS = 24;

    /** Days: {@code to} defaults to today, {@code from} to the first of January of {@code to}'s year. */
    static Period days(String from, String to, LocalDate today) {
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.withDayOfYear(1) : date("from", from);
        if (start.isAfter(end)) {
            throw ProblemException.invalid(new FieldViolation("from", "from-not-after-to",
                    "from must be on or before to (" + end + ")", "起始日期不能晚于结束日期（" + end + "）", from));
        }
        return new Period(start.toString(), end.toString());
    }

    /** Months: {@code to} defaults to this month, {@code from} to five months before it (six months in all). */
    static Period months(String from, String to, LocalDate today) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.from(today) : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(5) : month("from", from);
        if (start.isAfter(end)) {
            throw ProblemException.invalid(new FieldViolation("from", "from-not-after-to",
                    "from must be on or before to (" + end + ")", "起始月份不能晚于结束月份（" + end + "）", from));
        }
        if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
            throw ProblemException.invalid(new FieldViolation("from", "at-most-24-months",
                    "A trend covers at most " + MAX_MONTHS + " months", "趋势最多覆盖 " + MAX_MONTHS + " 个月", from));
        }
        return new Period(start.toString(), end.toString());
    }

    /** The months of a month period, oldest first. */
    List<String> monthList() {
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-date",
                    field + " must be a date like 2026-11-01", field + " 应为日期，例如 2026-11-01", value));
        }
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldViolation(field, "iso-month",
                    field + " must be a month like 2026-06", field + " 应为月份，例如 2026-06", value));
        }
    }
}
