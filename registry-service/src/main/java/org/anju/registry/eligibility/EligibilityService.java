package org.anju.registry.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.problem.ProblemException;
import org.anju.registry.assignment.AssignmentRepository;
import org.anju.registry.craftsman.CraftsmanViews;
import org.anju.registry.crew.Crew;
import org.anju.registry.crew.CrewRepository;
import org.anju.registry.rules.RegistryRulesService;

/** Gathers a crew's facts on a day and runs {@link CrewEligibility} over them. */
@ApplicationScoped
public class EligibilityService {

    private final CrewRepository crews;
    private final AssignmentRepository assignments;
    private final CraftsmanViews craftsmen;
    private final RegistryRulesService rules;

    public EligibilityService(CrewRepository crews, AssignmentRepository assignments, CraftsmanViews craftsmen,
            RegistryRulesService rules) {
        this.crews = crews;
        this.assignments = assignments;
        this.craftsmen = craftsmen;
        this.rules = rules;
    }

    public EligibilityAnswer evaluate(UUID crewId, LocalDate on) {
        Crew c = crews.findByIdOptional(crewId).orElseThrow(() -> ProblemException.notFound("Crew", crewId));
        return evaluate(c, on, assignments.activeJobs(c.id));
    }

    /** The answer for a crew already loaded (and locked, by a reservation) with its live job count. */
    public EligibilityAnswer evaluate(Crew c, LocalDate on, long active) {
        var leader = craftsmen.currency(List.of(c.leaderId), on).get(c.leaderId);
        int minimum = rules.minimumCreditScore(c.townshipCode);
        var facts = new CrewEligibility.Facts(c.state, c.qualifiedFrom, c.qualifiedUntil, leader,
                c.insuranceExpiresOn, active, c.maxConcurrentJobs, c.creditScore, minimum);
        List<EligibilityAnswer.ReasonView> reasons = CrewEligibility.reasons(facts, on).stream()
                .map(r -> new EligibilityAnswer.ReasonView(r.code(), r.message(), r.messageZh())).toList();
        return new EligibilityAnswer(c.id, on, reasons.isEmpty(), reasons, active, c.maxConcurrentJobs,
                c.creditScore, minimum);
    }
}
