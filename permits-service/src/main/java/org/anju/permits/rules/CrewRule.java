package org.anju.permits.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.anju.permits.crew.CrewEligibility;

/** The crew must be named and eligible (registry-service) on the planned start date before the certificate. */
public final class CrewRule {

    public static final String RULE = "crew-eligible";

    private CrewRule() {
    }

    /** @param eligibility the registry's answer, empty when the registry does not know the crew */
    public static List<RuleViolation> check(ApplicationFacts facts, Optional<CrewEligibility> eligibility) {
        if (facts.crewId() == null || facts.plannedStartOn() == null) {
            return List.of(RuleViolation.of(RULE, "施工队伍资格", "Crew eligible", "crewId",
                    "name the crew and the planned start date before the certificate",
                    "发证前须确定施工队伍和计划开工日期",
                    RuleViolation.ordered("crewId", facts.crewId(), "plannedStartOn",
                            facts.plannedStartOn())));
        }
        if (eligibility.isEmpty()) {
            return List.of(RuleViolation.of(RULE, "施工队伍资格", "Crew eligible", "crewId",
                    "crew " + facts.crewId() + " is not in the county register", "施工队伍未在县登记备案",
                    RuleViolation.ordered("crewId", facts.crewId().toString(), "registered", false)));
        }
        CrewEligibility e = eligibility.get();
        if (e.eligible()) {
            return List.of();
        }
        List<CrewEligibility.Reason> reasons = e.reasons() == null ? List.of() : e.reasons();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("crewId", facts.crewId().toString());
        values.put("on", facts.plannedStartOn().toString());
        values.put("reasons", reasons.stream().map(CrewEligibility.Reason::code).toList());
        if (e.activeJobs() != null) {
            values.put("activeJobs", e.activeJobs());
            values.put("maxConcurrentJobs", e.maxConcurrentJobs());
        }
        return List.of(RuleViolation.of(RULE, "施工队伍资格", "Crew eligible", "crewId",
                "the crew is not eligible on " + facts.plannedStartOn() + ": "
                        + String.join("; ", reasons.stream().map(r -> r.code() + " " + r.message()).toList()),
                "施工队伍在 " + facts.plannedStartOn() + " 不具备承接资格："
                        + String.join("；", reasons.stream().map(r -> String.valueOf(r.messageZh())).toList()),
                values));
    }
}
