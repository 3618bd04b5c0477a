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
import org.anju.common.event.Events;
import org.anju.common.outbox.Outbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Role;
import org.anju.permits.county.CountyRulesService;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.county.WorkingDays;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.DocumentIssuer;
import org.anju.permits.gis.CountyLayers;
import org.anju.permits.gis.LayerService;
import org.anju.permits.household.HouseholdRepository;
import org.anju.permits.lifecycle.Transitions.Input;
import org.anju.permits.lifecycle.Transitions.Transition;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitMapper;
import org.anju.permits.permit.PermitRepository;
import org.anju.permits.permit.Track;
import org.anju.permits.permit.Warning;
import org.anju.permits.rules.CountyRuleSet;
import org.anju.permits.rules.CrewRule;
import org.anju.permits.rules.RuleViolation;
import org.anju.permits.rules.RuleViolations;
import org.anju.permits.rules.SubmissionRules;
import org.anju.permits.rules.TrackClassifier;
import org.anju.permits.visit.Visits;

/**
 * Applies the transition table to a build: finds the row (409 naming the state and the allowed actions), checks the
 * role (403), the inputs (400) and the guards (one 422 listing every broken rule), then moves the state, records the
 * history entry and the outgoing events in the same transaction.
 */
@ApplicationScoped
public class PermitLifecycle {

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
    private final LayerService layers;
    private final CrewSlots slots;

    public PermitLifecycle(PermitRepository permits, HouseholdRepository households, Guards guards,
            CountyRulesService countyRules, HolidayCalendar calendar, DocumentIssuer documents, Visits visits,
            History history, Outbox outbox, PublicEvents publicEvents, LayerService layers, CrewSlots slots) {
        this.layers = layers;
        this.slots = slots;
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
    }

    /** A person's transition: If-Match, role by track, inputs, guards. */
    @Transactional
    public Permit apply(Permit visible, String ifMatch, TransitionRequest request, History.Actor actor, Role role) {
        Permit p = permits.findById(visible.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, p.version);
        Transition t = transition(p, request.action());
        Track track = p.track == null ? Track.BELOW_LIMIT : p.track;
        Set<Role> allowed = t.roles().apply(track);
        if (!allowed.contains(role)) {
            List<String> names = allowed.stream().map(Role::wireName).toList();
            throw new ProblemException(403, "forbidden",
                    track == Track.ABOVE_LIMIT ? "无权执行此操作：限额以上农房由县级办理" : "无权执行此操作", "Forbidden",
                    "Role " + role.wireName() + " may not " + request.action().wireName() + " "
                            + (track == Track.ABOVE_LIMIT ? "an above-limit" : "a below-limit") + " build; allowed: "
                            + String.join(", ", names))
                    .zh("角色 " + role.wireName() + " 无权对" + (track == Track.ABOVE_LIMIT ? "限额以上" : "限额以下")
                            + "农房执行“" + request.action().wireName() + "”；可执行的角色：" + String.join("、", names))
                    .with("allowedRoles", names);
        }
        requireNoStopWork(p, request.action());
        requireInputs(p, t, request);
        move(p, t, request, actor, true);
        permits.flush();
        return p;
    }

    /** An event's transition (inspections-service): applied only when its guards hold; false otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyIfAllowed(Permit p, Action action, String reason, History.Actor actor) {
        var found = Transitions.find(action, p.state);
        if (found.isEmpty() || !found.get().byEvent() || stoppedFor(p, action)) {
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
                .zh("农房处于“" + p.state.zh() + "”状态，不能执行“" + action.wireName() + "”；可执行："
                        + String.join("、", Transitions.allowedFrom(p.state).stream().map(Action::wireName).toList()))
                .with("currentState", p.state)
                .with("allowedActions", Transitions.allowedFrom(p.state)));
    }

    /** Whether a stop-work notice in force keeps this action from the build ({@link Transitions#UNDER_STOP_WORK}). */
    static boolean stoppedFor(Permit p, Action action) {
        return p.stopWorkNoticeId != null && !Transitions.UNDER_STOP_WORK.contains(action);
    }

    private static void requireNoStopWork(Permit p, Action action) {
        if (stoppedFor(p, action)) {
            throw ProblemException.conflict("stop-work-in-force", "停工通知生效中，须经现场复查合格、由乡镇解除停工后方可继续",
                    "A stop-work notice is in force",
                    "Stop-work notice " + p.stopWorkNoticeId + " is in force on this build; it can " + action.wireName()
                            + " only after inspections-service lifts the notice with a passed on-site re-check")
                    .zh("停工通知 " + p.stopWorkNoticeId + " 生效中：须经现场复查合格、解除停工后，方可执行“" + action.wireName()
                            + "”")
                    .with("noticeId", p.stopWorkNoticeId)
                    .with("currentState", p.state)
                    .with("allowedActions", PermitMapper.allowedActions(p));
        }
    }

    private static void requireInputs(Permit p, Transition t, TransitionRequest r) {
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
            } else {
                noticeWithinApplication(p, r.noticeStartedOn());
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

    /**
     * The public notice (公示) runs from a day between the submission and today (Asia/Shanghai): a notice started before
     * the application existed would make the notice period mean nothing.
     */
    private static void noticeWithinApplication(Permit p, LocalDate startedOn) {
        LocalDate submitted = p.submittedAt.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
        LocalDate today = HolidayCalendar.today();
        if (startedOn.isBefore(submitted) || startedOn.isAfter(today)) {
            throw ProblemException.ruleViolated("notice-start-window", "公示开始日期须在受理之日至今天之间",
                    "The public notice must start between the submission and today",
                    "noticeStartedOn " + startedOn + " is " + (startedOn.isAfter(today) ? "in the future" : "before the "
                            + "application was submitted") + "; it must lie between the submission day " + submitted
                            + " and today " + today,
                    List.of(new FieldViolation("noticeStartedOn", "notice-start-window",
                            "must lie between the submission day " + submitted + " and today " + today,
                            "公示开始日期须在受理之日 " + submitted + " 至今天 " + today + " 之间", startedOn.toString())))
                    .with("submittedOn", submitted).with("today", today);
        }
    }

    private void move(Permit p, Transition t, TransitionRequest r, History.Actor actor, boolean enforce) {
        CountyRuleSet rules = countyRules.ruleSet(p.countyCode);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (t.action() == Action.SUBMIT) {
            households.lock(p.householdId);
            p.track = TrackClassifier.classify(PermitMapper.facts(p), rules);
            p.trackReasons = PermitMapper.storedTrackReasons(TrackClassifier.reached(PermitMapper.facts(p), rules));
            changes.put("track", p.track);
            if (p.trackReasons != null) {
                changes.put("aboveLimitBecause", p.trackReasons.lines().toList());
            }
        }
        UUID formerCrew = p.crewId;
        if (t.action() == Action.ASSIGN_CREW) {
            changeCrew(p, r, changes);
        }
        if (enforce) {
            RuleViolations.throwIfAny(guards.check(p, t.action(), rules), t.action().wireName());
        }
        if (t.action() == Action.SUBMIT || t.action() == Action.ISSUE_BOOK) {
            checkedAgainst(p, rules, changes);
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
                outbox.publish(Events.REGISTRY, Events.CrewAssigned.TYPE, p.id.toString(),
                        new Events.CrewAssigned(p.crewId, p.id));
                changes.put("crewId", p.crewId.toString());
            }
            case ASSIGN_CREW -> {
                if (p.crewAssigned && !p.crewId.equals(formerCrew)) {
                    slots.reserve(p, t.action().wireName());
                    if (formerCrew != null) {
                        outbox.publish(Events.REGISTRY, Events.CrewReleased.TYPE, p.id.toString(),
                                new Events.CrewReleased(formerCrew, p.id));
                        changes.put("crewReleased", formerCrew.toString());
                    }
                    outbox.publish(Events.REGISTRY, Events.CrewAssigned.TYPE, p.id.toString(),
                            new Events.CrewAssigned(p.crewId, p.id));
                    changes.put("crewReserved", p.crewId.toString());
                }
            }
            case SUSPEND -> {
                p.suspendedFrom = from;
                p.suspendedAt = now;
                p.suspendedByStopWork = p.stopWorkNoticeId != null;
            }
            case RESUME -> {
                p.suspendedFrom = null;
                p.suspendedAt = null;
                p.suspendedByStopWork = false;
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

    /**
     * A siting decision records what it was checked against (DESIGN.md section 3): the version of each county layer
     * and of the county's rules, and the missing layers the county lets pass with a warning.
     */
    private void checkedAgainst(Permit p, CountyRuleSet rules, Map<String, Object> changes) {
        CountyLayers current = layers.layers(p.countyCode);
        changes.put("layerVersions", current.versions());
        changes.put("countyRulesVersion", countyRules.version(p.countyCode));
        List<RuleViolation> warnings = SubmissionRules.sitingWarnings(rules, current);
        if (!warnings.isEmpty()) {
            changes.put("warnings", warnings.stream().map(w -> w.nameZh() + "：" + w.messageZh()).toList());
        }
    }

    /**
     * What a submitted build is told without being refused: the crew or start day still missing, and each GIS layer
     * missing where the county only warns about it.
     */
    public List<Warning> warningsAtSubmission(Permit p) {
        List<Warning> out = new ArrayList<>(CrewRule.atSubmission(PermitMapper.facts(p)));
        SubmissionRules.sitingWarnings(countyRules.ruleSet(p.countyCode), layers.layers(p.countyCode))
                .forEach(w -> out.add(new Warning(w.rule(), w.field(), w.nameEn() + ": " + w.message(),
                        w.nameZh() + "：" + w.messageZh())));
        return out;
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
            outbox.publish(Events.REGISTRY, Events.CrewReleased.TYPE, p.id.toString(),
                    new Events.CrewReleased(p.crewId, p.id));
            changes.put("crewReleased", p.crewId.toString());
        }
    }

    /** The permit by id for an event, or null. */
    public Permit forEvent(UUID id) {
        return permits.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
