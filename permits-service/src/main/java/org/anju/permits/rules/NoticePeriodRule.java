package org.anju.permits.rules;

import java.time.LocalDate;
import java.util.List;

/** The village public notice (公示) must have run its configured number of days before the next step. */
public final class NoticePeriodRule {

    public static final String RULE = "notice-period";

    private NoticePeriodRule() {
    }

    public static List<RuleViolation> check(LocalDate noticeStartedOn, int noticeDays, LocalDate today) {
        LocalDate endsOn = noticeStartedOn == null ? null : noticeStartedOn.plusDays(noticeDays);
        if (endsOn != null && !today.isBefore(endsOn)) {
            return List.of();
        }
        return List.of(RuleViolation.of(RULE, "公示期", "Public-notice period", "noticeStartedOn",
                endsOn == null ? "the village public notice has not been recorded"
                        : "the public notice runs until " + endsOn + "; the next step may follow from then",
                endsOn == null ? "尚未记录村级公示" : "公示期至 " + endsOn + " 届满，届满后方可进行下一步",
                RuleViolation.ordered("noticeStartedOn", String.valueOf(noticeStartedOn), "noticeDays", noticeDays,
                        "today", today.toString(), "endsOn", String.valueOf(endsOn))));
    }
}
