package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.util.Optional;

import org.anju.common.problem.FieldViolation;

/** Rectification deadlines: the default per grade, and the rules a given or extended deadline must keep. */
public final class Deadlines {

    private Deadlines() {
    }

    /** Days a responsible person gets by default: 15 for a general hazard, 7 for a major one, 3 for a critical one. */
    public static LocalDate defaultFor(HazardGrade grade, LocalDate today) {
        return today.plusDays(switch (grade) {
            case GENERAL -> 15;
            case MAJOR -> 7;
            case CRITICAL -> 3;
        });
    }

    /** A deadline may be today or later, never in the past. */
    public static Optional<FieldViolation> checkNew(String field, LocalDate deadline, LocalDate today) {
        if (deadline.isBefore(today)) {
            return Optional.of(new FieldViolation(field, "deadline-not-in-past",
                    "The deadline " + deadline + " is in the past (today is " + today + ")",
                    "整改期限 " + deadline + " 早于今天（" + today + "）", deadline.toString()));
        }
        return Optional.empty();
    }

    /** An extension must be later than the current deadline and not in the past. */
    public static Optional<FieldViolation> checkExtension(String field, LocalDate current, LocalDate proposed,
            LocalDate today) {
        Optional<FieldViolation> past = checkNew(field, proposed, today);
        if (past.isPresent()) {
            return past;
        }
        if (!proposed.isAfter(current)) {
            return Optional.of(new FieldViolation(field, "extension-after-current-deadline",
                    "An extension must move the deadline past " + current,
                    "延期后的期限必须晚于当前期限 " + current, proposed.toString()));
        }
        return Optional.empty();
    }

    /** An open notice is overdue from the day after its deadline. */
    public static boolean overdue(LocalDate deadline, LocalDate today) {
        return deadline.isBefore(today);
    }
}
