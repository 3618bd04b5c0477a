package org.anju.permits.rules;

import java.time.LocalDate;
import java.util.List;

/** The book (选址意见书) lapses after the county's period if no certificate follows. */
public final class BookValidRule {

    public static final String RULE = "book-valid";

    private BookValidRule() {
    }

    public static List<RuleViolation> check(LocalDate validUntil, LocalDate today) {
        if (validUntil != null && !today.isAfter(validUntil)) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "选址意见书有效期", "Site selection opinion still valid", "book",
                validUntil == null ? "no book has been issued" : "the book lapsed on " + validUntil,
                validUntil == null ? "尚未核发选址意见书" : "选址意见书已于 " + validUntil + " 失效",
                RuleViolation.ordered("validUntil", String.valueOf(validUntil), "today", today.toString())));
    }
}
