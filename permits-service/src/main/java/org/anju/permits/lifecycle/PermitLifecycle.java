package org.anju.permits.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.outbox.Outbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Role;
import org.anju.permits.county.CountyRulesService;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.county.WorkingDays;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.DocumentIssuer;
import org.anju.permits.household.HouseholdRepository;
import org.anju.permits.lifecycle.Transitions.Input;
import org.anju.permits.lifecycle.Transitions.Transition;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitMapper;
import org.anju.permits.permit.PermitRepository;
import org.anju.permits.permit.Track;
import org.anju.permits.rules.CountyRuleSet;
import org.anju.permits.rules.RuleViolations;
import org.anju.permits.rules.TrackClassifier;
import org.anju.permits.visit.Visits;

/**
 * Applies the transition table to a build: finds the row (409 naming the state and the allowed actions), checks the
 * role (403), the inputs (400) and the guards (one 422 listing every broken rule), then moves the state, records the
 * history entry and the outgoing events in the same transaction.
 */
@ApplicationScoped
public class PermitLifecycle {

    public static final String REGISTRY = "registry";

    private final PermitRepository permits;
    private final HouseholdRepository households;
    private final Guards guards;
    private final CountyRulesService countyRules;
    private final HolidayCalendar calendar;
    private final DocumentIssuer documents;
    private final Visits visits;
    private final History history;
    private final Outbox outbox;
    private final PublicEvents publicEvents;
    private final CrewSlots slots;

    public PermitLifecycle(PermitRepository permits, HouseholdRepository households, Guards guards,
            CountyRulesService countyRules, HolidayCalendar calendar, DocumentIssuer documents, Visits visits,
            History history, Outbox outbox, PublicEvents publicEvents, CrewSlots slots) {
        this.permits = permits;
        this.households = households;
        this.guards = guards;
        this.countyRules = countyRules;
        this.calendar = calendar;
        this.documents = documents;
        this.visits = visits;
        this.history = history;
        this.outbox = outbox;
        this.publicEvents = publicEvents;
        this.slots = slots;
    }

    /** A person's transition: If-Match, role by track, inputs, guards. */
    @Transactional
    public Permit apply(Permit visible, String ifMatch, TransitionRequest request, History.Actor actor, Role role) {
        Permit p = permits.findById(visible.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, p.version);
        Transition t = transition(p, request.action());
        Set<Role> allowed = t.roles().apply(p.track == null ? Track.BELOW_LIMIT : p.track);
        if (!allowed.contains(role)) {
            throw new ProblemException(403, "forbidden", "无权执行此操作", "Forbidden",
                    "Role " + role.wireName() + " may not " + request.action().wireName() + " a "
                            + (p.track == null ? "" : p.track + " ") + "build; allowed: " + allowed)
                    .with("allowedRoles", allowed.stream().map(Role::wireName).toList());
        }
        requireInputs(t, request, p);
        move(p, t, request, actor, true);
        permits.flush();
        return p;
    }

    /** An event's transition (inspections-service): applied only when its guards hold; false otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyIfAllowed(Permit p, Action action, String reason, History.Actor actor) {
        var found = Transitions.find(action, p.state);
        if (found.isEmpty() || !found.get().byEvent()) {
            return false;
        }
        if (!guards.check(p, action, countyRules.ruleSet(p.countyCode)).isEmpty()) {
            return false;
        }
        move(p, found.get(), new TransitionRequest(action, reason, null, null), actor, false);
        return true;
    }

    private Transition transition(Permit p, Action action) {
        return Transitions.find(action, p.state).orElseThrow(() -> ProblemException.conflict("transition-not-allowed",
                "当前状态不允许此操作", "Transition not allowed",
                "A build in state " + p.state + " cannot " + action.wireName() + "; allowed next: "
                        + Transitions.allowedFrom(p.state).stream().map(Action::wireName).toList())
                .with("currentState", p.state)
                .with("allowedActions", Transitions.allowedFrom(p.state)));
    }

    private static void requireInputs(Transition t, TransitionRequest r, Permit p) {
        List<FieldViolation> missing = new ArrayList<>();
        if (t.inputs().contains(Input.CREW_ID) && r.crewId() == null) {
            missing.add(new FieldViolation("crewId", "required", "assign-crew needs the crew (crewId)",
                    "指定施工队伍须填写队伍编号（crewId）"));
        }
        if (t.action() == Action.ASSIGN_CREW && p.state == PermitState.PERMITTED && r.crewId() != null
                && !r.crewId().equals(p.crewId) && !Boolean.TRUE.equals(r.pledgeSigned())) {
            missing.add(new FieldViolation("pledgeSigned", "required",
                    "the owner and the new crew's leader must have signed the safety pledge",
                    "须由建房户和新施工队伍负责人签订质量安全承诺书"));
        }
        if (t.inputs().contains(Input.REASON) && (r.reason() == null || r.reason().isBlank())) {
            missing.add(new FieldViolation("reason", "required", r.action().wireName() + " needs a reason",
                    "此操作须说明理由"));
        }
        if (t.inputs().contains(Input.NOTICE_STARTED_ON)) {
            if (r.noticeStartedOn() == null) {
                missing.add(new FieldViolation("noticeStartedOn", "required",
                        "village-review needs the first day of the public notice", "村级审查须填写公示开始日期"));
            } else if (r.noticeStartedOn().isAfter(HolidayCalendar.today())) {
                missing.add(new FieldViolation("noticeStartedOn", "not-in-future",
                        "the public notice cannot start in the future", "公示开始日期不能晚于今天",
                        r.noticeStartedOn().toString()));
            }
        }
        if (t.inputs().contains(Input.PLEDGE_SIGNED) && !Boolean.TRUE.equals(r.pledgeSigned())) {
            missing.add(new FieldViolation("pledgeSigned", "required",
                    "the owner and the crew leader must have signed the safety pledge", "须由建房户和工匠签订质量安全承诺书"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "validation", "请求参数无效", "Invalid request",
                    missing.size() == 1 ? missing.get(0).message() : missing.size() + " inputs are missing", missing);
        }
    }

    private void move(Permit p, Transition t, TransitionRequest r, History.Actor actor, boolean enforce) {
        CountyRuleSet rules = countyRules.ruleSet(p.countyCode);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (t.action() == Action.SUBMIT) {
            households.lock(p.householdId);
            p.track = TrackClassifier.classify(PermitMapper.facts(p), rules);
            changes.put("track", p.track);
        }
        UUID formerCrew = p.crewId;
        if (t.action() == Action.ASSIGN_CREW) {
            changeCrew(p, r, changes);
        }
        if (enforce) {
            RuleViolations.throwIfAny(guards.check(p, t.action(), rules), t.action().wireName());
        }
        PermitState from = p.state;
        PermitState to = t.target(from, p.suspendedFrom);
        OffsetDateTime now = OffsetDateTime.now();
        switch (t.action()) {
            case SUBMIT -> {
                p.submittedAt = now;
                WorkingDays wd = calendar.workingDays();
                p.surveyDueOn = wd.plus(HolidayCalendar.today(), rules.surveyWorkingDays());
                p.decisionDueOn = wd.plus(HolidayCalendar.today(), rules.decisionWorkingDays());
                visits.plan(p.id, rules.visits());
                changes.put("surveyDueOn", p.surveyDueOn.toString());
                changes.put("decisionDueOn", p.decisionDueOn.toString());
            }
            case VILLAGE_REVIEW -> {
                p.noticeStartedOn = r.noticeStartedOn();
                changes.put("noticeStartedOn", p.noticeStartedOn.toString());
            }
            case ISSUE_BOOK -> changes.put("book", documents.issue(p, DocumentKind.BOOK,
                    HolidayCalendar.today().plusMonths(rules.bookValidMonths()), actor.user()).number);
            case ISSUE_CERTIFICATE -> {
                // the slot before the number: a refusal consumes no number and the county's counter is not held
                // while registry-service answers
                slots.reserve(p, t.action().wireName());
                changes.put("certificate", documents.issue(p, DocumentKind.CERTIFICATE, null, actor.user()).number);
                p.crewAssigned = true;
                outbox.publish(REGISTRY, "crew.assigned", p.id.toString(), crewPayload(p));
                changes.put("crewId", p.crewId.toString());
            }
            case ASSIGN_CREW -> {
                if (p.crewAssigned && !p.crewId.equals(formerCrew)) {
                    slots.reserve(p, t.action().wireName());
                    if (formerCrew != null) {
                        outbox.publish(REGISTRY, "crew.released", p.id.toString(),
                                Map.of("crewId", formerCrew.toString(), "permitId", p.id.toString()));
                        changes.put("crewReleased", formerCrew.toString());
                    }
                    outbox.publish(REGISTRY, "crew.assigned", p.id.toString(), crewPayload(p));
                    changes.put("crewReserved", p.crewId.toString());
                }
            }
            case SUSPEND -> p.suspendedFrom = from;
            case RESUME -> {
                p.suspendedFrom = null;
                p.stopWorkNoticeId = null;
            }
            case COMPLETE, WITHDRAW, REVOKE -> releaseCrew(p, changes);
            default -> {
            }
        }
        p.state = to;
        p.updatedAt = now;
        visits.reschedule(p, t.action(), now);
        changes.put("state", List.of(String.valueOf(from), String.valueOf(to)));
        history.append(p, t.action().wireName(), from, to, actor, r.reason(), changes);
        publicEvents.moved(p, t.action(), changes, now);
    }

    /** Names the requested crew (and start day) on the build before its guards run; 422 when nothing changes. */
    private static void changeCrew(Permit p, TransitionRequest r, Map<String, Object> changes) {
        LocalDate start = r.plannedStartOn() == null ? p.plannedStartOn : r.plannedStartOn();
        boolean sameCrew = r.crewId().equals(p.crewId);
        boolean sameStart = Objects.equals(start, p.plannedStartOn);
        if (sameCrew && sameStart) {
            throw RuleViolations.single("crew-changed", "施工队伍变更", "Crew changed", "crewId",
                    "crew " + p.crewId + " is already the build's crew and the start day is unchanged",
                    "该施工队伍已是本项目的施工队伍，计划开工日期也未变更", r.crewId().toString(), "assign-crew");
        }
        changes.put("crew", Arrays.asList(p.crewId == null ? null : p.crewId.toString(),
                r.crewId().toString()));
        if (!sameStart) {
            changes.put("plannedStartOn", Arrays.asList(String.valueOf(p.plannedStartOn),
                    String.valueOf(start)));
        }
        p.crewId = r.crewId();
        p.plannedStartOn = start;
    }

    private void releaseCrew(Permit p, Map<String, Object> changes) {
        if (p.crewAssigned && p.crewId != null) {
            p.crewAssigned = false;
            outbox.publish(REGISTRY, "crew.released", p.id.toString(), crewPayload(p));
            changes.put("crewReleased", p.crewId.toString());
        }
    }

    private static Map<String, String> crewPayload(Permit p) {
        return Map.of("crewId", p.crewId.toString(), "permitId", p.id.toString());
    }

    /** The permit by id for an event, or null. */
    public Permit forEvent(UUID id) {
        return permits.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
