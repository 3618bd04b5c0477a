package org.anju.registry.support;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.common.division.Divisions;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** A list query under construction: where-clauses, their parameters, and checks of the filter values. */
public final class Filters {

    public final StringBuilder where = new StringBuilder("1 = 1");
    public final Map<String, Object> params = new HashMap<>();

    public Filters and(String clause) {
        where.append(" and (").append(clause).append(')');
        return this;
    }

    public Filters and(String clause, String name, Object value) {
        params.put(name, value);
        return and(clause);
    }

    /** A township filter must name a township of the county (400 otherwise). */
    public static void checkTownship(Divisions divisions, String code) {
        if (code != null && !divisions.isTownship(code)) {
            throw ProblemException.invalid(new FieldViolation("townshipCode", "unknown-township",
                    "No township of the county has code " + code, "本县没有代码为 " + code + " 的乡镇", code));
        }
    }

    /** A skill-level filter is 3, 4 or 5. */
    public static void checkSkillLevel(Integer level) {
        if (level != null && (level < 3 || level > 5)) {
            throw ProblemException.invalid(new FieldViolation("skillLevel", "skill-level",
                    "skillLevel is 5 (junior), 4 (intermediate) or 3 (senior)", "技能等级须为 5、4 或 3", level));
        }
    }

    /** The LIKE pattern of a name fragment, case-insensitive, wildcards in the input taken literally. */
    public static String fragment(String q) {
        String cleaned = q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + cleaned + "%";
    }

    public static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Township scoping of a list: null when the caller sees the whole county, else the caller's townships. */
    public static List<String> scope(org.anju.common.security.Caller caller) {
        return caller.role().map(r -> r.countyWide()).orElse(false) ? null : List.copyOf(caller.townships());
    }

    /** A date part of a keyset cursor; 400 when the cursor was tampered with. */
    public static java.time.LocalDate cursorDate(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                    "cursor is not one this list handed out", "分页游标无效"));
        }
    }

    /** The id part of a keyset cursor; 400 when the cursor was tampered with. */
    public static java.util.UUID cursorId(String text) {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                    "cursor is not one this list handed out", "分页游标无效"));
        }
    }
}
