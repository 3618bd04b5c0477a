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

    public QualificationService(CrewService crews, CrewRepository crewRepository, CrewMemberRepository members,
            DecisionRepository decisions, RegistryConfig config) {
        this.crews = crews;
        this.crewRepository = crewRepository;
        this.members = members;
        this.decisions = decisions;
        this.config = config;
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
        if (QualificationLifecycle.startsValidity(request.action())) {
            crew.qualifiedFrom = today;
            crew.qualifiedUntil = today.plus(config.qualificationValidity()).minusDays(1);
        }
        if (to == QualificationState.REVOKED) {
            members.endAll(crew.id, today);
        }
        crew.state = to;
        record(crew, request.action(), from, to, request.reason().trim(), caller.user(), role.wireName());
        crewRepository.flush();
        return crew;
    }

    /** Appends a decision; the demo data loader uses it too, so its history looks like the real thing. */
    public QualificationDecision record(Crew crew, QualificationAction action, QualificationState from,
            QualificationState to, String reason, String user, String role) {
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
