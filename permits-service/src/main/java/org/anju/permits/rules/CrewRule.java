package org.anju.permits.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.anju.permits.crew.CrewEligibility;
import org.anju.permits.permit.Warning;

/** The crew must be named and eligible (registry-service) on the planned start date before the certificate. */
public final class CrewRule {

    public static final String RULE = "crew-eligible";
    private static final String AT_LIMIT = "AT_CONCURRENT_JOB_LIMIT";

    private CrewRule() {
    }

    /**
     * What a submission without the crew or its start day is told: not a refusal (the crew may be found later, see
     * assign-crew), but the certificate will need both.
     */
    public static List<Warning> atSubmission(ApplicationFacts facts) {
        List<Warning> out = new ArrayList<>();
        if (facts.crewId() == null) {
            out.add(new Warning("crew-missing", "crewId", "No builder crew is named yet: the certificate needs an "
                    + "eligible crew; name it with assign-crew once the book is issued",
                    "尚未确定施工队伍：核发许可证前须有具备承接资格的施工队伍，可在选址意见书核发后通过“指定施工队伍”补充"));
        }
        if (facts.plannedStartOn() == null) {
            out.add(new Warning("planned-start-missing", "plannedStartOn", "No planned start date yet: the crew's "
                    + "eligibility is checked for that day before the certificate",
                    "尚未填写计划开工日期：核发许可证前将按该日期核验施工队伍资格"));
        }
        return out;
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
        List<CrewEligibility.Reason> reasons = e.reasons() == null ? List.of() : e.reasons();
        // A full crew alone is not judged here: its job slot is reserved at the moment of the decision, and that
        // reservation answers crew-at-capacity (a count read before it may already be stale).
        if (e.eligible() || !reasons.isEmpty() && reasons.stream().allMatch(r -> AT_LIMIT.equals(r.code()))) {
            return List.of();
        }
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
