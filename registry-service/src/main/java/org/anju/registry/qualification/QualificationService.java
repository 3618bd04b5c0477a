package org.anju.registry.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.registry.config.RegistryConfig;
import org.anju.registry.craftsman.CraftsmanRepository;
import org.anju.registry.craftsman.CraftsmanViews;
import org.anju.registry.craftsman.TrainingCurrency;
import org.anju.registry.crew.Crew;
import org.anju.registry.crew.CrewMemberRepository;
import org.anju.registry.crew.CrewRepository;
import org.anju.registry.crew.CrewService;
import org.anju.registry.support.Clock;

/** Applies the county admin's qualification decisions through {@link QualificationLifecycle}. */
@ApplicationScoped
public class QualificationService {

    private final CrewService crews;
    private final CrewRepository crewRepository;
    private final CrewMemberRepository members;
    private final DecisionRepository decisions;
    private final RegistryConfig config;
    private final CraftsmanViews craftsmen;
    private final CraftsmanRepository craftsmanRepository;

    public QualificationService(CrewService crews, CrewRepository crewRepository, CrewMemberRepository members,
            DecisionRepository decisions, RegistryConfig config, CraftsmanViews craftsmen,
            CraftsmanRepository craftsmanRepository) {
        this.crews = crews;
        this.crewRepository = crewRepository;
        this.members = members;
        this.decisions = decisions;
        this.config = config;
        this.craftsmen = craftsmen;
        this.craftsmanRepository = craftsmanRepository;
    }

    @Transactional
    public Crew decide(UUID crewId, String ifMatch, DecideQualification request, Caller caller) {
        Role role = caller.require(Role.COUNTY_ADMIN);
        Crew crew = crews.visible(crewId, caller);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, crew.version);
        }
        LocalDate today = Clock.today();
        QualificationState from = QualificationLifecycle.effective(crew.state, crew.qualifiedUntil, today);
        QualificationState to = QualificationLifecycle.next(from, request.action())
                .orElseThrow(() -> notAllowed(from, request.action()));
        String waiver = request.waiver();
        if (QualificationLifecycle.startsValidity(request.action()) && waiver == null) {
            requireLeaderTrained(crew, request.action(), today);
        }
        if (QualificationLifecycle.startsValidity(request.action())) {
            crew.qualifiedFrom = today;
            crew.qualifiedUntil = today.plus(config.qualificationValidity()).minusDays(1);
        }
        if (to == QualificationState.REVOKED) {
            members.endAll(crew.id, today);
        }
        crew.state = to;
        record(crew, request.action(), from, to, request.reason().trim(), caller.user(), role.wireName(), waiver);
        crewRepository.flush();
        return crew;
    }

    /**
     * The rule of {@link TrainingCurrency} applied to the decision day: a crew whose leader's training is not current
     * is not qualified (nor renewed) unless the decision says why the rule is waived.
     */
    private void requireLeaderTrained(Crew crew, QualificationAction action, LocalDate today) {
        TrainingCurrency.Status t = craftsmen.currency(List.of(crew.leaderId), today).get(crew.leaderId);
        if (t.current()) {
            return;
        }
        String leader = craftsmanRepository.findByIdOptional(crew.leaderId).map(c -> c.name).orElse("?");
        String en = "The crew leader " + leader + " has " + t.hours().toPlainString() + " training hours ("
                + t.offlineHours().toPlainString() + " offline) from " + t.windowStart() + " to " + t.on() + "; "
                + t.requiredHours() + " hours with " + t.requiredOfflineHours() + " offline are required to " + action
                + " the crew, or a trainingWaiverReason";
        String zh = "队长 " + leader + " 在 " + t.windowStart() + " 至 " + t.on() + " 期间培训 " + t.hours().toPlainString()
                + " 学时（线下 " + t.offlineHours().toPlainString() + " 学时），要求不少于 " + t.requiredHours()
                + " 学时，其中线下不少于 " + t.requiredOfflineHours() + " 学时；如须豁免，请填写豁免理由 trainingWaiverReason";
        throw ProblemException.ruleViolated("leader-training-not-current", "队长培训学时未达标", "Leader's training not current",
                en, List.of(new FieldViolation("trainingWaiverReason", "leader-training-not-current", en, zh,
                        crew.leaderId.toString())))
                .with("leaderId", crew.leaderId.toString())
                .with("leaderName", leader)
                .with("windowStart", t.windowStart().toString())
                .with("on", t.on().toString())
                .with("hours", t.hours())
                .with("offlineHours", t.offlineHours())
                .with("requiredHours", t.requiredHours())
                .with("requiredOfflineHours", t.requiredOfflineHours());
    }

    /** Appends a decision; the demo data loader uses it too, so its history looks like the real thing. */
    public QualificationDecision record(Crew crew, QualificationAction action, QualificationState from,
            QualificationState to, String reason, String user, String role) {
        return record(crew, action, from, to, reason, user, role, null);
    }

    private QualificationDecision record(Crew crew, QualificationAction action, QualificationState from,
            QualificationState to, String reason, String user, String role, String trainingWaiverReason) {
        QualificationDecision d = new QualificationDecision();
        d.id = UUID.randomUUID();
        d.crewId = crew.id;
        d.action = action;
        d.fromState = from;
        d.toState = to;
        d.reason = reason;
        d.decidedBy = user;
        d.decidedRole = role;
        d.decidedAt = Clock.now();
        d.validUntil = QualificationLifecycle.startsValidity(action) ? crew.qualifiedUntil : null;
        d.trainingWaiverReason = trainingWaiverReason;
        decisions.persist(d);
        return d;
    }

    public QualificationView view(Crew crew) {
        QualificationState status = QualificationLifecycle.effective(crew.state, crew.qualifiedUntil, Clock.today());
        List<DecisionView> history = decisions.history(crew.id).stream().map(DecisionView::of).toList();
        return new QualificationView(crew.id, status, crew.qualifiedFrom, crew.qualifiedUntil,
                QualificationLifecycle.allowed(status), history);
    }

    private static ProblemException notAllowed(QualificationState from, QualificationAction action) {
        List<QualificationAction> allowed = QualificationLifecycle.allowed(from);
        String names = allowed.isEmpty() ? "none" : allowed.toString();
        return new ProblemException(409, "transition-not-allowed", "当前状态不允许此操作", "Transition not allowed",
                "A crew in state " + from + " cannot take action " + action + "; allowed: " + names,
                List.of(new FieldViolation("action", "transition-not-allowed",
                        action + " is not allowed from " + from + "; allowed: " + names,
                        "当前状态 " + from + " 不允许 " + action + "，可执行：" + names, action.name())))
                .with("currentState", from).with("allowedActions", allowed);
    }
}
