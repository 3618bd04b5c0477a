package org.anju.permits.permit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.DocumentNumbers;
import org.anju.permits.document.DocumentView;
import org.anju.permits.document.PermitDocumentRepository;
import org.anju.permits.household.Household;
import org.anju.permits.household.HouseholdRepository;
import org.anju.permits.lifecycle.History;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.rules.RuleViolations;
import org.anju.permits.rules.SiteNearVillageRule;
import org.anju.permits.visit.VisitView;
import org.anju.permits.visit.Visits;

/** Files and corrects applications (drafts) and reads builds within the caller's townships. */
@ApplicationScoped
public class PermitService {

    private final PermitRepository permits;
    private final HouseholdRepository households;
    private final PermitDocumentRepository documents;
    private final Visits visits;
    private final DocumentNumbers numbers;
    private final History history;
    private final Divisions divisions;

    public PermitService(PermitRepository permits, HouseholdRepository households, PermitDocumentRepository documents,
            Visits visits, DocumentNumbers numbers, History history, Divisions divisions) {
        this.permits = permits;
        this.households = households;
        this.documents = documents;
        this.visits = visits;
        this.numbers = numbers;
        this.history = history;
        this.divisions = divisions;
    }

    /** A build the caller may see, or 404 (also for another township's build, which must not be revealed). */
    public Permit visible(UUID id, Caller caller) {
        Permit p = permits.findById(id);
        if (p == null || !caller.mayAccessTownship(p.townshipCode)) {
            throw ProblemException.notFound("Permit", id);
        }
        return p;
    }

    public PermitView view(Permit p) {
        List<DocumentView> docs = documents.of(p.id).stream().map(DocumentView::of).toList();
        List<VisitView> vs = visits.of(p.id).stream().map(VisitView::of).toList();
        return PermitMapper.toView(p, docs, vs);
    }

    @Transactional
    public PermitView create(ApplicationForm form, Caller caller) {
        return create(UUID.randomUUID(), form, caller.user(), caller.role().map(r -> r.wireName()).orElse("system"),
                caller);
    }

    /** Creates a draft with a chosen id (the demo loader uses deterministic ids). */
    @Transactional
    public PermitView create(UUID id, ApplicationForm form, String user, String role, Caller scope) {
        Household h = household(form.householdId(), scope);
        checkSite(form, h);
        Permit p = new Permit();
        p.id = id;
        PermitMapper.apply(form, p);
        p.countyCode = h.countyCode;
        p.townshipCode = h.townshipCode;
        p.villageCode = h.villageCode;
        p.state = PermitState.DRAFT;
        p.createdAt = OffsetDateTime.now();
        p.updatedAt = p.createdAt;
        p.createdBy = user;
        p.applicationNumber = numbers.next(p.countyCode, HolidayCalendar.today().getYear(),
                DocumentKind.APPLICATION);
        permits.persist(p);
        history.append(p, "create", null, PermitState.DRAFT, new History.Actor(user, role), null, null);
        permits.flush();
        return view(p);
    }

    @Transactional
    public PermitView update(UUID id, String ifMatch, ApplicationForm form, Caller caller) {
        Permit p = visible(id, caller);
        Versions.requireMatch(ifMatch, p.version);
        if (p.state != PermitState.DRAFT) {
            throw ProblemException.conflict("not-a-draft", "仅草稿可修改", "Only a draft can be changed",
                    "The application is " + p.state + "; only a DRAFT can be changed"
                            + (p.state == PermitState.BOOK_ISSUED || p.state == PermitState.PERMITTED
                                    ? " (the crew and its start day: transition assign-crew)" : ""))
                    .with("currentState", p.state);
        }
        Household h = household(form.householdId(), caller);
        checkSite(form, h);
        PermitMapper.apply(form, p);
        p.townshipCode = h.townshipCode;
        p.villageCode = h.villageCode;
        p.updatedAt = OffsetDateTime.now();
        permits.flush();
        return view(p);
    }

    private Household household(UUID id, Caller scope) {
        Household h = households.findById(id);
        if (h == null || (scope != null && !scope.mayAccessTownship(h.townshipCode))) {
            throw ProblemException.ruleViolated("unknown-household", "户不存在", "Unknown household",
                    "household " + id + " does not exist", List.of(new org.anju.common.problem.FieldViolation(
                            "householdId", "known-household", "household " + id + " does not exist", "该户不存在")));
        }
        return h;
    }

    private void checkSite(ApplicationForm form, Household h) {
        Division village = divisions.find(h.villageCode).orElseThrow();
        if (village.lat() != null && village.lng() != null) {
            RuleViolations.throwIfAny(SiteNearVillageRule.check(form.lat(), form.lng(), h.villageCode, village.lat(),
                    village.lng()), "create");
        }
    }
}
