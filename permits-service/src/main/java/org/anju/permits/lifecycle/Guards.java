package org.anju.permits.lifecycle;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.crew.CrewEligibilityClient;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.PermitDocumentRepository;
import org.anju.permits.gis.LayerService;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitMapper;
import org.anju.permits.permit.PermitRepository;
import org.anju.permits.rules.ApplicationFacts;
import org.anju.permits.rules.BookValidRule;
import org.anju.permits.rules.CountyRuleSet;
import org.anju.permits.rules.CrewRule;
import org.anju.permits.rules.DesignRule;
import org.anju.permits.rules.NoticePeriodRule;
import org.anju.permits.rules.PlotHeldRule;
import org.anju.permits.rules.RuleViolation;
import org.anju.permits.rules.SubmissionRules;
import org.anju.permits.rules.VisitsPassedRule;
import org.anju.permits.visit.Visits;

/** Gathers, for one action on one build, the data its guard rules need and runs them (the rules are plain classes). */
@ApplicationScoped
public class Guards {

    private final PermitRepository permits;
    private final PermitDocumentRepository documents;
    private final LayerService layers;
    private final Visits visits;
    private final CrewEligibilityClient registry;

    public Guards(PermitRepository permits, PermitDocumentRepository documents, LayerService layers, Visits visits,
            CrewEligibilityClient registry) {
        this.permits = permits;
        this.documents = documents;
        this.layers = layers;
        this.visits = visits;
        this.registry = registry;
    }

    public List<RuleViolation> check(Permit p, Action action, CountyRuleSet rules) {
        ApplicationFacts facts = PermitMapper.facts(p);
        return switch (action) {
            case SUBMIT -> SubmissionRules.check(facts, p.plotId, p.track, rules, layers.layers(p.countyCode),
                    holdings(p));
            case SURVEY -> {
                List<RuleViolation> out = new ArrayList<>(NoticePeriodRule.check(p.noticeStartedOn, rules.noticeDays(),
                        HolidayCalendar.today()));
                out.addAll(VisitsPassedRule.check(visits.pendingFor(p.id, PermitState.SITE_SURVEYED),
                        PermitState.SITE_SURVEYED));
                yield out;
            }
            case ISSUE_BOOK -> SubmissionRules.siting(facts, rules, layers.layers(p.countyCode));
            case ISSUE_CERTIFICATE -> certificate(p, facts);
            case ASSIGN_CREW -> crew(facts, new ArrayList<>(), "assign-crew");
            case START_CONSTRUCTION -> VisitsPassedRule.check(visits.pendingFor(p.id, PermitState.UNDER_CONSTRUCTION),
                    PermitState.UNDER_CONSTRUCTION);
            case COMPLETE -> VisitsPassedRule.check(visits.pendingFor(p.id, PermitState.COMPLETED),
                    PermitState.COMPLETED);
            default -> List.of();
        };
    }

    /** What the county already holds for the build's household and plot; locks the plot and approval first. */
    private SubmissionRules.Holdings holdings(Permit p) {
        String plot = p.plotId == null ? null : p.plotId.trim();
        String ref = p.homesteadApprovalRef == null ? null : p.homesteadApprovalRef.trim();
        List<PlotHeldRule.Holder> holders = permits.holdersOf(p).stream()
                .map(h -> new PlotHeldRule.Holder(h.applicationNumber(), plot != null && plot.equalsIgnoreCase(h.plotId()),
                        ref != null && ref.equalsIgnoreCase(h.homesteadApprovalRef())))
                .toList();
        return new SubmissionRules.Holdings(permits.otherActiveBuilds(p.householdId, p.id), holders,
                permits.completedNewHouses(p.householdId));
    }

    private List<RuleViolation> certificate(Permit p, ApplicationFacts facts) {
        List<RuleViolation> out = new ArrayList<>();
        out.addAll(BookValidRule.check(documents.latest(p.id, DocumentKind.BOOK).map(d -> d.validUntil).orElse(null),
                HolidayCalendar.today()));
        out.addAll(DesignRule.check(facts));
        return crew(facts, out, "issue-certificate");
    }

    /** The crew rule, asking registry-service; {@code out} holds the step's other violations so far. */
    private List<RuleViolation> crew(ApplicationFacts facts, List<RuleViolation> out, String step) {
        if (facts.crewId() == null || facts.plannedStartOn() == null) {
            out.addAll(CrewRule.check(facts, java.util.Optional.empty()));
            return out;
        }
        try {
            out.addAll(CrewRule.check(facts, registry.eligibility(facts.crewId(), facts.plannedStartOn())));
        } catch (CrewEligibilityClient.RegistryUnavailable e) {
            throw CrewSlots.registryUnavailable(step, facts.crewId(), e).with("otherViolations", out);
        }
        return out;
    }
}
