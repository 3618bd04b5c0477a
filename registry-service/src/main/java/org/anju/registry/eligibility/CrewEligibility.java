package org.anju.registry.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.anju.registry.craftsman.TrainingCurrency;
import org.anju.registry.qualification.QualificationState;

/**
 * The eligibility rule of DESIGN.md section 3: on the start day the crew is qualified and not expired, not suspended
 * or revoked, its leader's training is current, its accident insurance covers the day, and it is under its
 * concurrent-job limit, and its credit score is not below the county's minimum (registry rules). Every failing condition
 * is reported, not only the first.
 */
public final class CrewEligibility {

    /** What the rule looks at. {@code storedState} is never EXPIRED; expiry is judged here by date. */
    public record Facts(QualificationState storedState, LocalDate qualifiedFrom, LocalDate qualifiedUntil,
            TrainingCurrency.Status leaderTraining, LocalDate insuranceExpiresOn, long activeJobs,
            int maxConcurrentJobs, int creditScore, int minimumCreditScore) {
    }

    /** One reason, explained in English and Chinese. */
    public record Reason(EligibilityReason code, String message, String messageZh) {
    }

    private CrewEligibility() {
    }

    public static List<Reason> reasons(Facts f, LocalDate on) {
        List<Reason> reasons = new ArrayList<>();
        switch (f.storedState()) {
            case FILED -> reasons.add(new Reason(EligibilityReason.NOT_QUALIFIED,
                    "The crew is filed but has not been qualified", "队伍已登记备案，但尚未通过资质审查"));
            case REVOKED -> reasons.add(new Reason(EligibilityReason.REVOKED,
                    "The crew's qualification has been revoked", "队伍资质已被撤销"));
            case SUSPENDED -> reasons.add(new Reason(EligibilityReason.SUSPENDED,
                    "The crew's qualification is suspended", "队伍资质已被暂停"));
            default -> {
            }
        }
        boolean qualifiedOnce = f.storedState() == QualificationState.QUALIFIED
                || f.storedState() == QualificationState.SUSPENDED;
        if (qualifiedOnce && f.qualifiedFrom() != null && on.isBefore(f.qualifiedFrom())) {
            reasons.add(new Reason(EligibilityReason.NOT_QUALIFIED,
                    "The crew is qualified only from " + f.qualifiedFrom(), "队伍资质自 " + f.qualifiedFrom() + " 起生效"));
        }
        if (qualifiedOnce && f.qualifiedUntil() != null && on.isAfter(f.qualifiedUntil())) {
            reasons.add(new Reason(EligibilityReason.QUALIFICATION_EXPIRED,
                    "The crew's qualification expired on " + f.qualifiedUntil() + " and was not renewed",
                    "队伍资质已于 " + f.qualifiedUntil() + " 到期且未续期"));
        }
        TrainingCurrency.Status t = f.leaderTraining();
        if (t != null && !t.current()) {
            reasons.add(new Reason(EligibilityReason.LEADER_TRAINING_NOT_CURRENT,
                    "The leader has " + t.hours().toPlainString() + " training hours (" + t.offlineHours().toPlainString()
                            + " offline) from " + t.windowStart() + " to " + t.on() + "; " + t.requiredHours()
                            + " hours with " + t.requiredOfflineHours() + " offline are required",
                    "队长在 " + t.windowStart() + " 至 " + t.on() + " 期间培训 " + t.hours().toPlainString() + " 学时（线下 "
                            + t.offlineHours().toPlainString() + " 学时），要求不少于 " + t.requiredHours() + " 学时，其中线下不少于 "
                            + t.requiredOfflineHours() + " 学时"));
        }
        if (f.insuranceExpiresOn() == null || f.insuranceExpiresOn().isBefore(on)) {
            reasons.add(new Reason(EligibilityReason.INSURANCE_LAPSED,
                    "The accident insurance expired on " + f.insuranceExpiresOn(),
                    "意外伤害保险已于 " + f.insuranceExpiresOn() + " 到期"));
        }
        if (f.activeJobs() >= f.maxConcurrentJobs()) {
            reasons.add(new Reason(EligibilityReason.AT_CONCURRENT_JOB_LIMIT,
                    "The crew already has " + f.activeJobs() + " active jobs, its limit is " + f.maxConcurrentJobs(),
                    "队伍在建项目已有 " + f.activeJobs() + " 个，达到上限 " + f.maxConcurrentJobs() + " 个"));
        }
        if (f.creditScore() < f.minimumCreditScore()) {
            reasons.add(new Reason(EligibilityReason.CREDIT_BELOW_MINIMUM,
                    "The crew's credit score is " + f.creditScore() + ", below the county's minimum of "
                            + f.minimumCreditScore(),
                    "队伍信用分为 " + f.creditScore() + " 分，低于本县最低要求 " + f.minimumCreditScore() + " 分"));
        }
        return reasons;
    }
}
