package org.anju.inspections.visit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.division.Divisions;
import org.anju.common.event.Events;
import org.anju.common.outbox.Outbox;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.inspections.checklist.ChecklistItem;
import org.anju.inspections.checklist.ChecklistRepository;
import org.anju.inspections.checklist.ChecklistRules;
import org.anju.inspections.checklist.ChecklistTemplate;
import org.anju.inspections.hazard.HazardGrade;
import org.anju.inspections.hazard.HazardRepository;
import org.anju.inspections.hazard.HazardService;
import org.anju.inspections.hazard.HazardType;
import org.anju.inspections.hazard.NewHazard;
import org.anju.inspections.permit.PermitSite;

/** Schedules and records visits: the permit's stage, proof of presence, the checklist and what follows from it. */
@ApplicationScoped
public class VisitService {

    private final VisitRepository visits;
    private final ChecklistRepository checklists;
    private final HazardService hazardService;
    private final HazardRepository hazards;
    private final PresenceCheck presence;
    private final Divisions divisions;
    private final Outbox outbox;
    private final ObjectMapper json;

    public VisitService(VisitRepository visits, ChecklistRepository checklists, HazardService hazardService,
            HazardRepository hazards, PresenceCheck presence, Divisions divisions, Outbox outbox, ObjectMapper json) {
        this.visits = visits;
        this.checklists = checklists;
        this.hazardService = hazardService;
        this.hazards = hazards;
        this.presence = presence;
        this.divisions = divisions;
        this.outbox = outbox;
        this.json = json;
    }

    /** What recording did: the visit, and whether it was new or already known (a replay). */
    public record Result(VisitView visit, boolean created) {
    }

    /**
     * Schedules or records a visit. {@code site} is the permit's site from permits-service (null without permit);
     * {@code deviceClock} is the phone's clock when it sent the request, compared with the server's for skew.
     */
    @Transactional
    public Result record(RecordVisit in, PermitSite site, Caller caller, OffsetDateTime deviceClock) {
        Optional<Visit> existing = in.id() == null ? Optional.empty() : visits.findByIdOptional(in.id());
        if (existing.isPresent()) {
            Visit v = existing.get();
            requireTownship(caller, v.townshipCode);
            if (v.status == Visit.Status.RECORDED || in.checkIn() == null) {
                return new Result(view(v), false);
            }
            if (v.visitType != in.type() || (v.permitId != null && !v.permitId.equals(in.permitId()))) {
                throw ProblemException.conflict("visit-id-reused", "巡查编号已用于另一次巡查", "Visit id reused",
                        "Visit " + v.id + " is a scheduled " + v.visitType + " of permit " + v.permitId);
            }
        }
        Visit v = build(in, site, caller, deviceClock);
        if (existing.isPresent()) {
            existing.get().recordFrom(v);
            v = existing.get();
        } else {
            visits.persist(v);
        }
        if (v.status == Visit.Status.RECORDED && Boolean.TRUE.equals(v.onSite)) {
            for (ChecklistRules.Finding f : findings(v)) {
                hazardService.record(v, new NewHazard(null, HazardType.valueOf(f.hazardType()), f.grade(),
                        f.descriptionZh() + " / " + f.descriptionEn(), responsible(in), null), f.itemCode(),
                        caller.user());
            }
            if (v.visitType.mandatory() && v.outcome.passed() && v.permitId != null) {
                outbox.publish(Events.PERMITS, Events.VisitPassed.TYPE, v.permitId.toString(),
                        new Events.VisitPassed(v.permitId, v.id, v.visitType.name(), v.serverCheckedInAt));
            }
        }
        visits.flush();
        return new Result(view(v), true);
    }

    private Visit build(RecordVisit in, PermitSite site, Caller caller, OffsetDateTime deviceClock) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Visit v = new Visit();
        v.id = in.id() == null ? UUID.randomUUID() : in.id();
        v.visitType = in.type();
        v.inspector = caller.user();
        v.scheduledDate = in.scheduledDate();
        v.notes = in.notes();
        if (site != null) {
            v.permitId = site.permitId();
            v.applicationNumber = site.applicationNumber();
            v.townshipCode = site.townshipCode();
            v.villageCode = site.villageCode();
            v.crewId = site.crewId();
        } else {
            if (in.type() != VisitType.ROUTINE_PATROL && in.type() != VisitType.COMPLAINT) {
                throw ProblemException.ruleViolated("visit-needs-permit", "该类巡查须关联许可",
                        "This visit type needs a permit", in.type() + " visits are made to a permitted build",
                        List.of(new FieldViolation("permitId", "visit-needs-permit",
                                "permitId is required for a " + in.type() + " visit", "该类巡查须填写许可编号")));
            }
            if (in.townshipCode() == null || !divisions.isTownship(in.townshipCode())) {
                throw ProblemException.ruleViolated("township-unknown", "乡镇代码无效", "Unknown township",
                        "A visit without permit needs the township it is made in", List.of(new FieldViolation(
                                "townshipCode", "township-unknown", "townshipCode must be a township of the county",
                                "须为本县的乡镇代码", in.townshipCode())));
            }
            v.townshipCode = in.townshipCode();
        }
        requireTownship(caller, v.townshipCode);
        if (in.checkIn() == null) {
            if (in.scheduledDate() == null) {
                throw ProblemException.invalid(new FieldViolation("scheduledDate", "required",
                        "A visit without check-in is a scheduled visit and needs scheduledDate",
                        "未签到的巡查为计划巡查，须填写计划日期"));
            }
            v.status = Visit.Status.SCHEDULED;
            v.timelineAt = in.scheduledDate().atStartOfDay(HazardService.ZONE).toOffsetDateTime();
            return v;
        }
        return recorded(v, in, site, now, deviceClock == null ? in.checkIn().clientTime() : deviceClock);
    }

    private Visit recorded(Visit v, RecordVisit in, PermitSite site, OffsetDateTime now, OffsetDateTime deviceClock) {
        if (in.outcome() == null || in.outcome() == VisitOutcome.NOT_ON_SITE) {
            throw ProblemException.invalid(new FieldViolation("outcome", "outcome-required",
                    "A recorded visit needs outcome PASSED, PASSED_WITH_CONDITIONS or FAILED",
                    "已签到的巡查须给出结论：合格、有条件合格或不合格"));
        }
        if (site != null && in.type().mandatory() && "SUSPENDED".equals(site.state())) {
            throw ProblemException.ruleViolated("permit-suspended", "该许可已停工，阶段验收须待复查合格解除停工后进行",
                    "Permit suspended by a stop-work notice", "Permit " + site.permitId() + " is suspended; lift the "
                            + "stop-work notice with a passed re-check before a stage visit", List.of(new FieldViolation(
                                    "type", "permit-suspended", "No stage visit while the works are stopped",
                                    "停工期间不能进行阶段验收", in.type())));
        }
        if (site != null && in.type().mandatory() && !in.type().name().equals(site.nextVisit())) {
            throw ProblemException.ruleViolated("visit-type-not-needed-now", "该许可当前不需要此类到场巡查",
                    "Visit type not needed now", "Permit " + site.permitId() + " needs " + site.nextVisit()
                            + " now, not " + in.type(), List.of(new FieldViolation("type", "visit-type-not-needed-now",
                                    "The permit needs " + site.nextVisit() + " now",
                                    "该许可当前需要的到场巡查为 " + site.nextVisit(), in.type())))
                    .with("nextVisit", site.nextVisit());
        }
        Optional<ChecklistTemplate> template = checklists.current(in.type());
        List<ChecklistItem> items = template.map(t -> checklists.items(t.id)).orElse(List.of());
        List<FieldViolation> answerViolations = ChecklistRules.validate(in.answers(), items);
        if (!answerViolations.isEmpty()) {
            throw ProblemException.ruleViolated("checklist-incomplete", "检查表未按要求填写", "Checklist incomplete",
                    answerViolations.size() + " checklist answers are missing or invalid", answerViolations);
        }
        boolean critical = ChecklistRules.findings(in.answers(), items).stream()
                .anyMatch(f -> f.grade() == HazardGrade.CRITICAL);
        if (critical && in.outcome().passed()) {
            throw ProblemException.ruleViolated("outcome-contradicts-findings", "存在重大隐患时不能判为合格",
                    "A visit with a critical finding cannot pass", "The answers show a critical hazard",
                    List.of(new FieldViolation("outcome", "outcome-contradicts-findings",
                            "Outcome must be FAILED when a critical hazard is found", "发现重大隐患时结论须为不合格")));
        }
        RecordVisit.CheckIn c = in.checkIn();
        v.status = Visit.Status.RECORDED;
        v.clientCheckedInAt = c.clientTime();
        v.serverCheckedInAt = now;
        v.timelineAt = now;
        v.lat = c.lat();
        v.lng = c.lng();
        v.accuracyMetres = c.accuracyMetres();
        v.clockSkew = presence.clockSkewed(deviceClock, now);
        v.clockSkewSeconds = java.time.Duration.between(deviceClock, now).getSeconds();
        v.requestedOutcome = in.outcome();
        v.outcome = in.outcome();
        if (site != null) {
            PresenceCheck.Result r = presence.check(c.lat(), c.lng(), c.accuracyMetres(), site.lat(), site.lng());
            v.siteLat = site.lat();
            v.siteLng = site.lng();
            v.distanceMetres = Math.round(r.distanceMetres() * 10) / 10.0;
            v.radiusMetres = r.radiusMetres();
            v.onSite = r.onSite();
            if (!r.onSite()) {
                v.outcome = VisitOutcome.NOT_ON_SITE;
            }
        }
        v.templateId = template.map(t -> t.id).orElse(null);
        v.templateVersion = template.map(t -> t.version).orElse(null);
        v.answers = in.answers() == null ? null : write(in.answers());
        if (in.acknowledgement() != null) {
            v.acknowledgedBy = in.acknowledgement().name();
            v.acknowledgedRole = in.acknowledgement().role().name();
            v.acknowledgedAt = in.acknowledgement().at() == null ? c.clientTime() : in.acknowledgement().at();
        }
        return v;
    }

    private List<ChecklistRules.Finding> findings(Visit v) {
        if (v.templateId == null) {
            return List.of();
        }
        return ChecklistRules.findings(read(v.answers), checklists.items(v.templateId));
    }

    private static String responsible(RecordVisit in) {
        return in.responsiblePerson() == null ? "施工队负责人 / crew leader" : in.responsiblePerson();
    }

    /** 404 (not 403) for a township the caller may not see, so its records are not revealed. */
    public static void requireTownship(Caller caller, String township) {
        if (!caller.mayAccessTownship(township)) {
            throw ProblemException.notFound("Township", township);
        }
    }

    public VisitView view(Visit v) {
        return view(v, true);
    }

    /** The view for lists: without the per-visit hazard lookup, so a page costs one query. */
    public VisitView listView(Visit v) {
        return view(v, false);
    }

    /**
     * Views for a permit's timeline (一户一档): each visit with its hazards and photos, fetched for the whole page in
     * two statements rather than two per visit.
     */
    public List<VisitView> timelineViews(List<Visit> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(v -> v.id).toList();
        Map<UUID, List<UUID>> hazardsOf = new java.util.HashMap<>();
        hazards.getEntityManager().createQuery("select h.visitId, h.id from Hazard h where h.visitId in ?1 "
                + "order by h.createdAt, h.id", Object[].class).setParameter(1, ids).getResultList()
                .forEach(r -> hazardsOf.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
        Map<UUID, List<UUID>> photosOf = new java.util.HashMap<>();
        hazards.getEntityManager().createQuery("select coalesce(p.visitId, h.visitId), p.id from Photo p "
                + "left join Hazard h on h.id = p.hazardId where p.visitId in ?1 or h.visitId in ?1 "
                + "order by p.createdAt, p.id", Object[].class).setParameter(1, ids).getResultList()
                .forEach(r -> photosOf.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
        return rows.stream().map(v -> view(v, hazardsOf.getOrDefault(v.id, List.of()),
                photosOf.getOrDefault(v.id, List.of()))).toList();
    }

    private VisitView view(Visit v, boolean withHazards) {
        List<UUID> hazardIds = !withHazards ? null : v.status == Visit.Status.RECORDED
                ? hazards.getEntityManager().createQuery("select h.id from Hazard h where h.visitId = ?1 "
                        + "order by h.createdAt, h.id", UUID.class).setParameter(1, v.id).getResultList()
                : List.of();
        return view(v, hazardIds, null);
    }

    private VisitView view(Visit v, List<UUID> hazardIds, List<UUID> photoIds) {
        List<String> warnings = new ArrayList<>();
        if (Boolean.FALSE.equals(v.onSite)) {
            warnings.add(String.format("签到位置距工地 %.0f 米，超出 %.0f 米范围（含定位精度），本次巡查不计入阶段验收 / "
                    + "Check-in %.0f m from the site, outside the %.0f m radius (accuracy included); the visit "
                    + "counts for nothing", v.distanceMetres, v.radiusMetres, v.distanceMetres, v.radiusMetres));
        }
        if (Boolean.TRUE.equals(v.clockSkew)) {
            warnings.add("手机时间与服务器时间相差 " + Math.abs(v.clockSkewSeconds) + " 秒 / Phone clock differs from "
                    + "the server's by " + Math.abs(v.clockSkewSeconds) + " s");
        }
        VisitView.Presence p = v.status == Visit.Status.RECORDED
                ? new VisitView.Presence(v.clientCheckedInAt, v.serverCheckedInAt, v.lat, v.lng, v.accuracyMetres,
                        v.siteLat, v.siteLng, v.distanceMetres, v.radiusMetres, v.onSite, v.clockSkew,
                        v.clockSkewSeconds)
                : null;
        return new VisitView(v.id, v.permitId, v.visitType, v.status, v.townshipCode, v.villageCode, v.crewId,
                v.inspector, v.scheduledDate, p, v.templateId, v.templateVersion, read(v.answers), v.requestedOutcome,
                v.outcome, v.countsAsPassed(), v.acknowledgedBy, v.acknowledgedRole, v.acknowledgedAt, v.notes,
                hazardIds, photoIds, warnings.isEmpty() ? null : warnings, v.version);
    }

    private String write(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Map<String, Object> read(String answers) {
        if (answers == null) {
            return null;
        }
        try {
            return json.readValue(answers, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
