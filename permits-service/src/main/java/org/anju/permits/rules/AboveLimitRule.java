package org.anju.permits.rules;

import java.util.ArrayList;
import java.util.List;

import org.anju.common.identity.SocialCreditCode;
import org.anju.permits.permit.Track;

/** Above the limit, a qualified design firm and a licensed construction company, each with a valid credit code. */
public final class AboveLimitRule {

    public static final String RULE = "above-limit-firms";

    private AboveLimitRule() {
    }

    public static List<RuleViolation> check(ApplicationFacts facts, Track track) {
        if (track != Track.ABOVE_LIMIT) {
            return List.of();
        }
        List<RuleViolation> out = new ArrayList<>();
        if (!DesignRule.present(facts.designFirmName()) || !SocialCreditCode.isValid(facts.designFirmCreditCode())) {
            out.add(RuleViolation.of(RULE, "限额以上须有资质设计单位", "Above-limit build needs a design firm",
                    "designFirmCreditCode", "an above-limit build needs a design firm with a valid credit code",
                    "限额以上农房须由有资质的设计单位设计，并提供其统一社会信用代码",
                    RuleViolation.ordered("track", track.name(), "designFirmName", facts.designFirmName(),
                            "designFirmCreditCode", facts.designFirmCreditCode())));
        }
        if (!DesignRule.present(facts.contractorName()) || !SocialCreditCode.isValid(facts.contractorCreditCode())) {
            out.add(RuleViolation.of(RULE, "限额以上须有资质施工企业", "Above-limit build needs a construction company",
                    "contractorCreditCode", "an above-limit build needs a construction company with a valid credit code",
                    "限额以上农房须由有资质的施工企业承建，并提供其统一社会信用代码",
                    RuleViolation.ordered("track", track.name(), "contractorName", facts.contractorName(),
                            "contractorCreditCode", facts.contractorCreditCode())));
        }
        return out;
    }
}
