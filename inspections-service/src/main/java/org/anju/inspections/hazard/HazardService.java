package org.anju.inspections.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.event.Events;
import org.anju.common.outbox.Outbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.inspections.stopwork.StopWorkNotice;
import org.anju.inspections.stopwork.StopWorkRepository;
import org.anju.inspections.stopwork.StopWorkService;
import org.anju.inspections.visit.Visit;
import org.anju.inspections.visit.VisitRepository;
import org.anju.inspections.visit.VisitType;

/** Findings and the rectification loop: hazard, notice, re-check, close-out or extension, stop-work when grave. */
@ApplicationScoped
public class HazardService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final HazardRepository hazards;
    private final NoticeRepository notices;
    private final StopWorkService stopWork;
    private final StopWorkRepository stopWorkNotices;
    private final Outbox outbox;
    private final VisitRepository visits;

    public HazardService(HazardRepository hazards, NoticeRepository notices, StopWorkService stopWork,
            StopWorkRepository stopWorkNotices, Outbox outbox, VisitRepository visits) {
        this.visits = visits;
        this.hazards = hazards;
        this.notices = notices;
        this.stopWork = stopWork;
        this.stopWorkNotices = stopWorkNotices;
        this.outbox = outbox;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A hazard already recorded under this id, for replays of offline batches. */
    public Optional<HazardView> known(UUID id) {
        return id == null ? Optional.empty() : hazards.findByIdOptional(id).map(this::view);
    }

    /**
     * Records a confirmed hazard on an on-site visit with its rectification notice, tells registry-service (crew
     * credit), and stops the works when the hazard is critical, an unqualified crew or a deviation from the permit.
     */
    @Transactional
    public HazardView record(Visit visit, NewHazard in, String itemCode, String user) {
        if (visit.status != Visit.Status.RECORDED || !Boolean.TRUE.equals(visit.onSite)) {
            throw ProblemException.ruleViolated("hazard-needs-on-site-visit", "隐患须由现场巡查记录",
                    "A hazard needs a visit recorded on site", "Visit " + visit.id + " is not recorded on site",
                    List.of(new FieldViolation("visitId", "hazard-needs-on-site-visit",
                            "The visit is scheduled only or was off site", "该巡查未到场或尚未记录")));
        }
        LocalDate today = today();
        LocalDate deadline = in.deadline() == null ? Deadlines.defaultFor(in.grade(), today) : in.deadline();
        Deadlines.checkNew("deadline", deadline, today).ifPresent(v -> {
            throw ProblemException.ruleViolated("deadline-not-in-past", "整改期限不能早于今天",
                    "Deadline in the past", v.message(), List.of(v));
        });
        Hazard h = new Hazard();
        h.id = in.id() == null ? UUID.randomUUID() : in.id();
        h.visitId = visit.id;
        h.permitId = visit.permitId;
        h.townshipCode = visit.townshipCode;
        h.crewId = visit.crewId;
        h.hazardType = in.type();
        h.grade = in.grade();
        h.itemCode = itemCode;
        h.description = in.description();
        h.responsiblePerson = in.responsiblePerson();
        h.status = Hazard.Status.OPEN;
        h.createdAt = OffsetDateTime.now();
        hazards.persist(h);
        RectificationNotice n = new RectificationNotice();
        n.id = UUID.randomUUID();
        n.hazardId = h.id;
        n.permitId = h.permitId;
        n.townshipCode = h.townshipCode;
        n.responsiblePerson = h.responsiblePerson;
        n.deadline = deadline;
        n.status = RectificationNotice.Status.OPEN;
        n.issuedAt = h.createdAt;
        notices.persist(n);
        if (h.crewId != null) {
            outbox.publish(Events.REGISTRY, Events.HazardConfirmed.TYPE, h.id.toString(),
                    new Events.HazardConfirmed(h.id, h.permitId, h.crewId, h.grade.name()));
        }
        boolean grave = h.grade == HazardGrade.CRITICAL || h.hazardType.stopsWork();
        if (grave && visit.permitId != null) {
            // decided under the build's stop-work lock: a notice issued at this moment by someone else is seen here
            stopWorkNotices.lockPermit(visit.permitId);
        }
        if (grave && visit.permitId != null && stopWorkNotices.inForce(visit.permitId).isEmpty()) {
            StopWorkNotice.ReasonCode code = switch (h.hazardType) {
                case UNQUALIFIED_CREW -> StopWorkNotice.ReasonCode.UNQUALIFIED_CREW;
                case DEVIATES_FROM_PERMIT -> StopWorkNotice.ReasonCode.DEVIATES_FROM_PERMIT;
                default -> StopWorkNotice.ReasonCode.CRITICAL_HAZARD;
            };
            stopWork.issue(visit, h.id, code, h.description, user);
        }
        return view(h);
    }

    /**
     * The county admin voids a confirmed hazard with a reason: the hazard keeps its record and reads VOIDED (who, when,
     * why), its notice if still open is closed as VOIDED, and registry-service hears of it (hazard.voided) to give the
     * crew's credit back. A stop-work notice the hazard caused stays in force: only a passed on-site re-check lifts it.
     */
    @Transactional
    public HazardView voidHazard(UUID id, VoidHazard in, String ifMatch, String user,
            Predicate<String> mayAccessTownship) {
        Hazard h = hazards.findByIdOptional(id).filter(x -> mayAccessTownship.test(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Hazard", id));
        if (h.status == Hazard.Status.VOIDED) {
            throw ProblemException.conflict("hazard-already-voided", "隐患已被撤销", "Hazard already voided",
                    "Hazard " + h.id + " was voided at " + h.voidedAt + " by " + h.voidedBy + ": " + h.voidReason)
                    .with("voidedAt", h.voidedAt.toString()).with("voidedBy", h.voidedBy);
        }
        Versions.requireMatch(ifMatch, h.version);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String reason = in.reason().trim();
        h.voidBy(user, reason, now);
        notices.ofHazard(h.id).filter(n -> n.status == RectificationNotice.Status.OPEN)
                .ifPresent(n -> n.voidWithHazard(now));
        if (h.crewId != null) {
            outbox.publish(Events.REGISTRY, Events.HazardVoided.TYPE, h.id.toString(),
                    new Events.HazardVoided(h.id, h.permitId, h.crewId, h.grade.name(), reason, user));
        }
        hazards.flush();
        return view(h);
    }

    /** Applies a re-check: a passed on-site re-check closes the hazard out, any on-site re-check may extend it. */
    @Transactional
    public NoticeView recheck(UUID noticeId, Recheck in, String ifMatch, Predicate<String> mayAccessTownship) {
        RectificationNotice n = notices.findByIdOptional(noticeId).filter(x -> mayAccessTownship.test(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Rectification notice", noticeId));
        Versions.requireMatch(ifMatch, n.version);
        Visit visit = visits.findByIdOptional(in.visitId()).filter(x -> mayAccessTownship.test(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Visit", in.visitId()));
        if (n.status == RectificationNotice.Status.VOIDED) {
            throw ProblemException.conflict("notice-voided", "整改通知已随隐患撤销", "Notice voided with its hazard",
                    "Notice " + n.id + " was closed as voided at " + n.voidedAt + ": its hazard was voided");
        }
        if (n.status != RectificationNotice.Status.OPEN) {
            throw ProblemException.conflict("notice-closed", "整改通知已销号", "Notice already closed out",
                    "Notice " + n.id + " was closed out at " + n.closedAt);
        }
        boolean sameBuild = n.permitId == null ? n.townshipCode.equals(visit.townshipCode)
                : n.permitId.equals(visit.permitId);
        boolean recheckOnSite = visit.visitType == VisitType.RECHECK && sameBuild
                && visit.status == Visit.Status.RECORDED && Boolean.TRUE.equals(visit.onSite);
        LocalDate today = today();
        if (in.decision() == Recheck.Decision.CLOSE_OUT) {
            if (!recheckOnSite || !visit.countsAsPassed()) {
                throw ProblemException.ruleViolated("close-out-needs-passed-recheck", "销号须经现场复查合格",
                        "Closing a hazard needs a passed re-check", "Visit " + visit.id + " is not a passed on-site "
                                + "re-check of this build", List.of(new FieldViolation("visitId",
                                        "close-out-needs-passed-recheck",
                                        "Needs a RECHECK visit of the same build, on site, PASSED or "
                                                + "PASSED_WITH_CONDITIONS", "须为同一建房的现场复查，且结论为合格或有条件合格")));
            }
            n.closeOut(visit.id, OffsetDateTime.now());
            hazards.findById(n.hazardId).close(n.closedAt);
            notices.flush();
            return NoticeView.of(n, today);
        }
        if (!recheckOnSite) {
            throw ProblemException.ruleViolated("extension-needs-recheck", "延期须经现场复查",
                    "Extending a notice needs an on-site re-check", "Visit " + visit.id + " is not an on-site "
                            + "re-check of this build", List.of(new FieldViolation("visitId", "extension-needs-recheck",
                                    "Needs a RECHECK visit of the same build, on site", "须为同一建房的现场复查")));
        }
        if (in.newDeadline() == null) {
            throw ProblemException.invalid(new FieldViolation("newDeadline", "required",
                    "newDeadline is required to extend", "延期须给出新的整改期限"));
        }
        Deadlines.checkExtension("newDeadline", n.deadline, in.newDeadline(), today).ifPresent(v -> {
            throw ProblemException.ruleViolated(v.rule(), "整改期限无效", "Invalid deadline", v.message(), List.of(v));
        });
        n.extend(in.newDeadline());
        notices.flush();
        return NoticeView.of(n, today);
    }

    public HazardView view(Hazard h) {
        RectificationNotice n = notices.ofHazard(h.id).orElse(null);
        UUID stop = stopWorkNotices.find("hazardId", h.id).firstResultOptional().map(s -> s.id).orElse(null);
        return HazardView.of(h, n, stop, today());
    }

    /** The views of a page of hazards with their notices and stop-works: two queries for the page, not two each. */
    public List<HazardView> views(List<Hazard> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(h -> h.id).toList();
        Map<UUID, RectificationNotice> byHazard = new HashMap<>();
        notices.list("hazardId in ?1", ids).forEach(n -> byHazard.put(n.hazardId, n));
        Map<UUID, UUID> stopByHazard = new HashMap<>();
        // by permit first: stop_work_notice_permit finds them, there is no index on hazard_id
        List<UUID> permits = page.stream().map(h -> h.permitId).filter(Objects::nonNull).distinct().toList();
        (permits.isEmpty() ? stopWorkNotices.list("hazardId in ?1", ids)
                : stopWorkNotices.list("permitId in ?1 and hazardId in ?2", permits, ids))
                .forEach(n -> stopByHazard.putIfAbsent(n.hazardId, n.id));
        LocalDate today = today();
        return page.stream().map(h -> HazardView.of(h, byHazard.get(h.id), stopByHazard.get(h.id), today)).toList();
    }
}
