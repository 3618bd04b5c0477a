package org.anju.inspections.stopwork;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.event.Events;
import org.anju.common.outbox.Outbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.inspections.visit.Visit;
import org.anju.inspections.visit.VisitRepository;
import org.anju.inspections.visit.VisitType;

/**
 * Issues and lifts stop-work notices; each is an event for permits-service (suspend / resume the permit) and a public
 * event for the gateway's webhook subscribers.
 */
@ApplicationScoped
public class StopWorkService {

    /** Outbox destination of the public events stop-work.issued / stop-work.lifted (the gateway's webhooks). */
    static final String GATEWAY = "gateway";

    private final StopWorkRepository notices;
    private final Outbox outbox;
    private final VisitRepository visits;

    public StopWorkService(StopWorkRepository notices, Outbox outbox, VisitRepository visits) {
        this.visits = visits;
        this.notices = notices;
        this.outbox = outbox;
    }

    /** Issues a notice on a permit from an on-site visit; 409 when one is already in force. */
    @Transactional
    public StopWorkNotice issue(Visit visit, UUID hazardId, StopWorkNotice.ReasonCode code, String reason,
            String issuedBy) {
        if (visit.permitId == null) {
            throw ProblemException.ruleViolated("stop-work-needs-permit", "停工通知须针对已许可的建房",
                    "A stop-work notice needs a permit", "Visit " + visit.id + " has no permit; open an illegal "
                            + "construction case instead", List.of(new FieldViolation("visitId",
                                    "stop-work-needs-permit", "The visit has no permit", "该巡查没有关联许可")));
        }
        notices.lockPermit(visit.permitId);
        notices.inForce(visit.permitId).ifPresent(existing -> {
            throw ProblemException.conflict("stop-work-in-force", "已有生效的停工通知", "Stop-work already in force",
                    "Permit " + visit.permitId + " is already stopped by notice " + existing.id)
                    .with("noticeId", existing.id);
        });
        StopWorkNotice n = new StopWorkNotice();
        n.id = UUID.randomUUID();
        n.permitId = visit.permitId;
        n.townshipCode = visit.townshipCode;
        n.visitId = visit.id;
        n.hazardId = hazardId;
        n.reasonCode = code;
        n.reason = reason;
        n.status = StopWorkNotice.Status.IN_FORCE;
        n.issuedAt = OffsetDateTime.now();
        n.issuedBy = issuedBy;
        notices.persist(n);
        outbox.publish(Events.PERMITS, Events.StopWorkIssued.TYPE, n.permitId.toString(),
                new Events.StopWorkIssued(n.permitId, n.id, reason));
        outbox.publish(GATEWAY, "stop-work.issued", n.permitId.toString(),
                publicFacts(n, visit.villageCode, n.issuedAt));
        return n;
    }

    /** Lifts a notice; only a re-check of the same permit, recorded on site with a pass, after the notice may. */
    @Transactional
    public StopWorkView lift(UUID noticeId, UUID visitId, String ifMatch, Predicate<String> mayAccessTownship) {
        StopWorkNotice n = notices.findByIdOptional(noticeId).filter(x -> mayAccessTownship.test(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Stop-work notice", noticeId));
        Versions.requireMatch(ifMatch, n.version);
        Visit recheck = visits.findByIdOptional(visitId).filter(x -> mayAccessTownship.test(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Visit", visitId));
        if (n.status != StopWorkNotice.Status.IN_FORCE) {
            throw ProblemException.conflict("stop-work-not-in-force", "停工通知已解除", "Stop-work already lifted",
                    "Notice " + n.id + " was lifted at " + n.liftedAt);
        }
        if (recheck.visitType != VisitType.RECHECK || !n.permitId.equals(recheck.permitId)
                || !recheck.countsAsPassed() || recheck.timelineAt.isBefore(n.issuedAt)) {
            throw ProblemException.ruleViolated("lift-needs-passed-recheck", "解除停工须经现场复查合格",
                    "Lifting a stop-work needs a passed re-check", "Visit " + recheck.id + " is not a re-check of "
                            + "permit " + n.permitId + " recorded on site with a pass after the notice",
                    List.of(new FieldViolation("visitId", "lift-needs-passed-recheck",
                            "Needs a RECHECK visit of this permit, on site, PASSED or PASSED_WITH_CONDITIONS, after "
                                    + "the notice was issued",
                            "须为该许可在停工通知之后的现场复查，且结论为合格或有条件合格")));
        }
        n.lift(recheck.id, OffsetDateTime.now());
        outbox.publish(Events.PERMITS, Events.StopWorkLifted.TYPE, n.permitId.toString(),
                new Events.StopWorkLifted(n.permitId, n.id));
        outbox.publish(GATEWAY, "stop-work.lifted", n.permitId.toString(),
                publicFacts(n, recheck.villageCode, n.liftedAt));
        notices.flush();
        return StopWorkView.of(n);
    }

    /** What a webhook subscriber learns of a notice (through the gateway): the build and where, never a person. */
    private static Map<String, Object> publicFacts(StopWorkNotice n, String village, OffsetDateTime at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", n.id);
        data.put("permitId", n.permitId);
        data.put("county", n.townshipCode.substring(0, 6));
        data.put("township", n.townshipCode);
        data.put("village", village);
        data.put("status", n.status);
        data.put("reasonCode", n.reasonCode);
        data.put("reason", n.reason);
        data.put("occurredAt", at);
        return data;
    }
}
