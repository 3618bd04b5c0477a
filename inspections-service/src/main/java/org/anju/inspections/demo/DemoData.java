package org.anju.inspections.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.demo.DemoCounty;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.inspections.cases.CaseHistory;
import org.anju.inspections.cases.CaseState;
import org.anju.inspections.cases.IllegalCase;
import org.anju.inspections.hazard.HazardGrade;
import org.anju.inspections.hazard.HazardType;
import org.anju.inspections.visit.PresenceCheck;
import org.anju.inspections.visit.Visit;
import org.anju.inspections.visit.VisitOutcome;
import org.anju.inspections.visit.VisitType;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo county's inspections, fitted to permits-service's demo builds without asking it: village, site, state, crew
 * and stop-work notice of permit n come from {@link DemoCounty}, as in permits' loader. Visits mirror the stages permits passed; some attempts were recorded 2 km
 * away (off site), some visits are due today or overdue, notices are open and overdue, suspended builds carry a
 * stop-work notice, and two illegal construction cases are open. Builds under construction or finished also carry
 * two past patrols each, whose notices' deadlines spread over the last six months, closed out or left overdue in
 * shares that differ per township (for the monthly statistics). No events are sent: both sides are loaded
 * consistent, except that these past patrols predate the application dates permits' demo gives the builds (all
 * within 45 days).
 */
public class DemoData {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final double TWO_KM_NORTH = 2000 / 111_195.0;
    /** The gateway's demo inspector accounts, by township. */
    private static final Map<String, String> INSPECTORS = Map.of("369901100000", "inspector.chengguan",
            "369901101000", "inspector.qingshi");

    private final DemoConfig config;
    private final Divisions divisions;
    private final EntityManager em;
    private final PresenceCheck presence;

    public DemoData(DemoConfig config, Divisions divisions, EntityManager em, PresenceCheck presence) {
        this.config = config;
        this.divisions = divisions;
        this.em = em;
        this.presence = presence;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        if (em.find(Visit.class, id("anju-demo-visit-3-SITE_SURVEY")) != null) {
            Log.info("Demo inspections already loaded");
            return;
        }
        int visits = 0;
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            visits += build(n, divisions.find(DemoCounty.villageCode(n)).orElseThrow());
        }
        illegalCase(1, divisions.villages().get(8), "NO_PERMIT", null, 0, CaseState.OPEN,
                "未批先建：村道旁新砌两层砖房，无任何审批手续");
        int built = IntStream.rangeClosed(1, DemoCounty.PERMITS)
                .filter(n -> DemoCounty.stage(n) == DemoCounty.UNDER_CONSTRUCTION).skip(1).findFirst().orElseThrow();
        illegalCase(2, divisions.find(DemoCounty.villageCode(built)).orElseThrow(), "NOT_AS_PERMITTED",
                DemoCounty.permitId(built), built, CaseState.ORDERED_TO_STOP,
                "不按许可建设：许可两层，现场已浇筑第三层楼板");
        Log.infof("Demo inspections: %d visits across %d builds, 2 illegal construction cases", visits,
                DemoCounty.PERMITS);
    }

    private int build(int n, Division village) {
        int state = DemoCounty.stage(n);
        if (state < 3 || state == 9 || state == 10) {
            return 0; // draft to village-reviewed, rejected, withdrawn: no mandatory visit passed yet
        }
        DemoCounty.Position site = DemoCounty.position(n);
        String township = village.parentCode();
        UUID crew = DemoCounty.crewId(DemoCounty.crew(n));
        OffsetDateTime created = OffsetDateTime.now(ZONE).minusDays(n % 45 + 1).withHour(9).withMinute(0)
                .withSecond(0).withNano(0).plusMinutes(n);
        Site s = new Site(n, DemoCounty.permitId(n), township, village.code(), site.lat(), site.lng(), crew);
        int count = 0;
        count += recorded(s, VisitType.SITE_SURVEY, at(created, 3), 0, VisitOutcome.PASSED);
        boolean building = state == 6 || state == 7 || state == 8 || state == 11;
        if (state == 5) {
            LocalDate due = LocalDate.now(ZONE).minusDays(DemoCounty.nextVisitOverdue(n) ? 2 : 0);
            count += scheduled(s, VisitType.SETTING_OUT, due);
        }
        if (building) {
            count += recorded(s, VisitType.SETTING_OUT, at(created, 12), 0, VisitOutcome.PASSED);
            if (n % 2 == 0) {
                // the attempt written up from the township office, 2 km away: stored, flagged, counted for nothing
                count += recorded(s, VisitType.FOUNDATION_TRENCH, at(created, 19), TWO_KM_NORTH,
                        VisitOutcome.PASSED);
            }
            UUID trench = id("anju-demo-visit-" + n + "-FOUNDATION_TRENCH");
            count += recorded(s, VisitType.FOUNDATION_TRENCH, at(created, 20), 0, VisitOutcome.PASSED);
            if (state == 6) {
                LocalDate today = LocalDate.now(ZONE);
                boolean overdue = DemoCounty.nextVisitOverdue(n);
                if (n % 3 == 0) {
                    // the key-milestone visit now due was tried once from the office: the due list shows that attempt
                    count += recorded(s, VisitType.KEY_MILESTONE, at(created, 30), TWO_KM_NORTH, VisitOutcome.PASSED);
                }
                count += scheduled(s, VisitType.KEY_MILESTONE, overdue ? today.minusDays(1) : today);
                LocalDate deadline = overdue ? today.plusDays(5) : today.minusDays(3); // the other half: notice overdue
                hazard(s, trench, HazardType.SCAFFOLDING_FALL_PROTECTION, HazardGrade.MAJOR,
                        "脚手架未设置剪刀撑，临边防护缺失", at(created, 20), deadline);
            }
        }
        if (building && state != 11) {
            for (int j = 0; j < 2; j++) {
                count += history(s, j);
            }
        }
        if (state == 7 || state == 8) {
            for (VisitType t : List.of(VisitType.KEY_MILESTONE, VisitType.MAIN_STRUCTURE,
                    VisitType.COMPLETION_ACCEPTANCE)) {
                count += recorded(s, t, at(created, 40), 0, VisitOutcome.PASSED);
            }
        }
        if (state == 11) {
            UUID patrol = id("anju-demo-visit-" + n + "-ROUTINE_PATROL");
            count += recorded(s, VisitType.ROUTINE_PATROL, at(created, 25), 0, VisitOutcome.FAILED);
            UUID hazard = hazard(s, patrol, HazardType.STRUCTURE, HazardGrade.CRITICAL, "构造柱未按图纸配筋，存在坍塌风险",
                    at(created, 25), LocalDate.now(ZONE).plusDays(3));
            em.createNativeQuery("insert into stop_work_notice (id, permit_id, township_code, visit_id, hazard_id, "
                    + "reason_code, reason, status, issued_at, issued_by) values (?1, ?2, ?3, ?4, ?5, "
                    + "'CRITICAL_HAZARD', ?6, 'IN_FORCE', ?7, 'demo-loader')")
                    .setParameter(1, DemoCounty.stopWorkNoticeId(n)).setParameter(2, s.permit)
                    .setParameter(3, s.township).setParameter(4, patrol).setParameter(5, hazard)
                    .setParameter(6, "重大隐患：构造柱未按图纸配筋").setParameter(7, at(created, 25)).executeUpdate();
        }
        return count;
    }

    /** A moment {@code day} days into a 40-day build, squeezed into the time since the application so none is ahead. */
    private static OffsetDateTime at(OffsetDateTime created, int day) {
        long span = ChronoUnit.MINUTES.between(created, OffsetDateTime.now(ZONE).minusHours(1));
        return created.plusMinutes(Math.max(0, span) * day / 40);
    }

    private record Site(int n, UUID permit, String township, String village, double lat, double lng, UUID crew) {
    }

    /** Share (of 10) of the past notices each township has closed out, so that close-out rates differ. */
    private static final int[] CLOSED_OUT_OF_TEN = { 8, 6, 7, 5 };

    /**
     * Past patrol j (0 or 1) of build s: a general (j = 0) or major hazard with a deadline 0..5 months back, closed out
     * by a passed re-check before its deadline, or still open (overdue), in shares that differ per township.
     */
    private int history(Site s, int j) {
        int n = s.n;
        LocalDate today = LocalDate.now(ZONE);
        int monthsAgo = (n + 3 * j) % 6;
        java.time.YearMonth month = java.time.YearMonth.from(today).minusMonths(monthsAgo);
        LocalDate deadline = month.atDay(Math.min(1 + (n * 7 + j * 11) % 28, month.lengthOfMonth()));
        HazardGrade grade = j == 0 ? HazardGrade.GENERAL : HazardGrade.MAJOR;
        OffsetDateTime found = deadline.minusDays(grade == HazardGrade.GENERAL ? 15 : 7).atTime(9, 30)
                .atZone(ZONE).toOffsetDateTime().plusMinutes(n);
        if (!found.isBefore(OffsetDateTime.now(ZONE))) {
            return 0;
        }
        int township = divisions.townships().stream().map(Division::code).toList().indexOf(s.township);
        boolean closed = deadline.isBefore(today)
                && (n * 31 + j * 17 + monthsAgo * 7) % 10 < CLOSED_OUT_OF_TEN[township % CLOSED_OUT_OF_TEN.length];
        String suffix = "-HISTORY-" + j;
        UUID patrol = id("anju-demo-visit-" + n + "-" + VisitType.ROUTINE_PATROL + suffix);
        int count = recorded(s, VisitType.ROUTINE_PATROL, suffix, found, 0,
                grade == HazardGrade.GENERAL ? VisitOutcome.PASSED_WITH_CONDITIONS : VisitOutcome.FAILED);
        HazardType type = j == 0 ? HazardType.TEMPORARY_ELECTRICITY : HazardType.MATERIALS;
        UUID hazard = hazard(s, patrol, type, grade, j == 0 ? "临时用电未设漏电保护，电线拖地" : "砂浆强度不足，现场无配合比",
                found, deadline);
        if (closed) {
            OffsetDateTime recheckAt = deadline.minusDays((n + j) % 4).atTime(10, 0).atZone(ZONE).toOffsetDateTime();
            UUID recheck = id("anju-demo-visit-" + n + "-" + VisitType.RECHECK + suffix);
            count += recorded(s, VisitType.RECHECK, suffix, recheckAt, 0, VisitOutcome.PASSED);
            em.createNativeQuery("update hazard set status = 'CLOSED', closed_at = ?2 where id = ?1")
                    .setParameter(1, hazard).setParameter(2, recheckAt).executeUpdate();
            em.createNativeQuery("update rectification_notice set status = 'CLOSED', closed_at = ?2, "
                    + "closing_visit_id = ?3 where hazard_id = ?1").setParameter(1, hazard).setParameter(2, recheckAt)
                    .setParameter(3, recheck).executeUpdate();
        }
        return count;
    }

    private int recorded(Site s, VisitType type, OffsetDateTime at, double latOffset, VisitOutcome outcome) {
        return recorded(s, type, latOffset == 0 ? "" : "-OFFSITE", at, latOffset, outcome);
    }

    private int recorded(Site s, VisitType type, String suffix, OffsetDateTime at, double latOffset,
            VisitOutcome outcome) {
        Visit v = base(s, type, suffix);
        double lat = s.lat + latOffset + (latOffset == 0 ? 0.0002 : 0);
        PresenceCheck.Result r = presence.check(lat, s.lng, 8.0, s.lat, s.lng);
        v.status = Visit.Status.RECORDED;
        v.clientCheckedInAt = at;
        v.serverCheckedInAt = at.plusSeconds(2);
        v.timelineAt = v.serverCheckedInAt;
        v.lat = lat;
        v.lng = s.lng;
        v.accuracyMetres = 8.0;
        v.siteLat = s.lat;
        v.siteLng = s.lng;
        v.distanceMetres = Math.round(r.distanceMetres() * 10) / 10.0;
        v.radiusMetres = r.radiusMetres();
        v.onSite = r.onSite();
        v.clockSkew = false;
        v.clockSkewSeconds = 2L;
        v.requestedOutcome = outcome;
        v.outcome = r.onSite() ? outcome : VisitOutcome.NOT_ON_SITE;
        v.acknowledgedBy = "户主" + s.n;
        v.acknowledgedRole = "OWNER";
        v.acknowledgedAt = at;
        em.persist(v);
        return 1;
    }

    private int scheduled(Site s, VisitType type, LocalDate on) {
        Visit v = base(s, type, "-SCHEDULED");
        v.status = Visit.Status.SCHEDULED;
        v.scheduledDate = on;
        v.timelineAt = on.atStartOfDay(ZONE).toOffsetDateTime();
        em.persist(v);
        return 1;
    }

    private Visit base(Site s, VisitType type, String suffix) {
        Visit v = new Visit();
        v.id = id("anju-demo-visit-" + s.n + "-" + type + suffix);
        v.permitId = s.permit;
        v.applicationNumber = DemoCounty.applicationNumber(s.n, LocalDate.now(ZONE));
        v.townshipCode = s.township;
        v.villageCode = s.village;
        v.crewId = s.crew;
        v.inspector = INSPECTORS.getOrDefault(s.township, "demo-inspector-" + s.township.substring(6, 9));
        v.visitType = type;
        return v;
    }

    private UUID hazard(Site s, UUID visit, HazardType type, HazardGrade grade, String description,
            OffsetDateTime at, LocalDate deadline) {
        // one hazard of a type per build, except the past patrols' (their types are used by no other finding)
        UUID hazard = id("anju-demo-hazard-" + s.n + "-" + type);
        em.createNativeQuery("insert into hazard (id, visit_id, permit_id, township_code, crew_id, hazard_type, grade, "
                + "description, responsible_person, status, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                + "'OPEN', ?10)").setParameter(1, hazard).setParameter(2, visit).setParameter(3, s.permit)
                .setParameter(4, s.township).setParameter(5, s.crew).setParameter(6, type.name())
                .setParameter(7, grade.name()).setParameter(8, description)
                .setParameter(9, "施工队负责人（demo crew " + DemoCounty.crew(s.n) + "）").setParameter(10, at).executeUpdate();
        em.createNativeQuery("insert into rectification_notice (id, hazard_id, permit_id, township_code, "
                + "responsible_person, deadline, status, issued_at) values (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN', ?7)")
                .setParameter(1, id("anju-demo-notice-" + s.n + "-" + type)).setParameter(2, hazard)
                .setParameter(3, s.permit).setParameter(4, s.township)
                .setParameter(5, "施工队负责人（demo crew " + DemoCounty.crew(s.n) + "）").setParameter(6, deadline)
                .setParameter(7, at).executeUpdate();
        return hazard;
    }

    private void illegalCase(int k, Division village, String kind, UUID permit, int household, CaseState state, String description) {
        IllegalCase c = new IllegalCase();
        c.id = id("anju-demo-case-" + k);
        c.kind = IllegalCase.Kind.valueOf(kind);
        c.state = state;
        c.townshipCode = village.parentCode();
        c.villageCode = village.code();
        c.lat = village.lat() + 0.003;
        c.lng = village.lng() - 0.002;
        c.permitId = permit;
        c.household = permit == null ? "户主不详" : "户主" + household;
        c.description = description;
        c.openedAt = OffsetDateTime.now(ZONE).minusDays(10L * k).truncatedTo(ChronoUnit.SECONDS);
        c.openedBy = "demo-loader";
        em.persist(c);
        step(c, null, CaseState.OPEN, "inspector", description, c.openedAt);
        if (state == CaseState.ORDERED_TO_STOP) {
            step(c, CaseState.OPEN, state, "township_officer", "已下达责令停止建设通知书", c.openedAt.plusDays(1));
        }
    }

    private void step(IllegalCase c, CaseState from, CaseState to, String role, String note, OffsetDateTime at) {
        CaseHistory h = new CaseHistory();
        h.caseId = c.id;
        h.fromState = from;
        h.toState = to;
        h.actor = "demo-loader";
        h.actorRole = role;
        h.note = note;
        h.at = at;
        em.persist(h);
    }
}
