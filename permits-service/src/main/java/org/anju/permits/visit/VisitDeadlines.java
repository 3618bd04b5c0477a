package org.anju.permits.visit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.anju.permits.county.WorkingDays;
import org.anju.permits.lifecycle.PermitState;

/**
 * 到场时限: which mandatory visit a build is due for in its state, and by which day. The site survey is due within
 * the survey limit of intake (fixed at submission, DESIGN.md section 3); setting-out within N working days of the
 * certificate; every later visit within N working days of the one before it passing. After a stop-work is lifted the
 * count starts again from the day it was lifted. Working days follow the county calendar.
 */
public final class VisitDeadlines {

    private VisitDeadlines() {
    }

    /** The county's limits, in working days. */
    public record Limits(int survey, int settingOut, int laterStage) {

        public int of(VisitType type) {
            return switch (type) {
                case SITE_SURVEY -> survey;
                case SETTING_OUT -> settingOut;
                default -> laterStage;
            };
        }
    }

    /** One of the build's mandatory visits, in the county's order. */
    public record Step(VisitType type, boolean passed, LocalDate passedOn) {
    }

    /**
     * The visit the build is due for now: its first visit still pending, when the build stands where that visit's
     * stage is reached from (survey before SITE_SURVEYED, setting-out once PERMITTED, the others under
     * construction). Nothing is due in a draft, between survey and certificate, while suspended, after completion or
     * in a side state (rejected, withdrawn, revoked).
     */
    public static Optional<VisitType> dueNow(PermitState state, List<Step> steps) {
        return steps.stream().filter(s -> !s.passed()).findFirst().map(Step::type)
                .filter(type -> reachedFrom(type).contains(state));
    }

    /** The states from which the stage a visit gates is entered. */
    static Set<PermitState> reachedFrom(VisitType type) {
        return switch (type.gates()) {
            case SITE_SURVEYED -> PermitState.AWAITING_SURVEY;
            case UNDER_CONSTRUCTION -> EnumSet.of(PermitState.PERMITTED);
            case COMPLETED -> EnumSet.of(PermitState.UNDER_CONSTRUCTION);
            default -> EnumSet.noneOf(PermitState.class);
        };
    }

    /**
     * The deadline of a visit that falls due.
     *
     * @param surveyDueOn the survey limit set at intake (null for builds that have none)
     * @param previousPassedOn the day the visit before it in the county's order passed (null if none)
     * @param fellDueOn the day the visit fell due: intake for the survey, the certificate for setting-out
     * @param resumedOn the day a stop-work was lifted, when it fell due again by that (else null)
     */
    public static LocalDate deadline(VisitType type, LocalDate surveyDueOn, LocalDate previousPassedOn,
            LocalDate fellDueOn, LocalDate resumedOn, Limits limits, WorkingDays workingDays) {
        if (type == VisitType.SITE_SURVEY && surveyDueOn != null && resumedOn == null) {
            return surveyDueOn;
        }
        LocalDate from = switch (type) {
            case SITE_SURVEY, SETTING_OUT -> fellDueOn;
            default -> previousPassedOn != null ? previousPassedOn : fellDueOn;
        };
        if (resumedOn != null && resumedOn.isAfter(from)) {
            from = resumedOn;
        }
        return workingDays.plus(from, limits.of(type));
    }
}
