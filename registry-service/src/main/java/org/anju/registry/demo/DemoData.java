package org.anju.registry.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.demo.DemoCounty;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.identity.ResidentIdNumber;
import org.anju.common.identity.SocialCreditCode;
import org.anju.registry.assignment.AssignmentRepository;
import org.anju.registry.config.RegistryConfig;
import org.anju.registry.craftsman.Craftsman;
import org.anju.registry.craftsman.Trade;
import org.anju.registry.craftsman.TrainingMode;
import org.anju.registry.craftsman.TrainingRecord;
import org.anju.registry.credit.CreditRecord;
import org.anju.registry.credit.CreditService;
import org.anju.registry.crew.Crew;
import org.anju.registry.crew.CrewKind;
import org.anju.registry.crew.CrewMember;
import org.anju.registry.crew.RegistrationNumbers;
import org.anju.registry.qualification.QualificationAction;
import org.anju.registry.qualification.QualificationDecision;
import org.anju.registry.qualification.QualificationState;
import org.anju.registry.support.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo register: 150 craftsmen and 30 crews of five across the demo townships, in every qualification state,
 * some refused for several reasons at once (see {@link DemoPlan}). Ids are deterministic
 * ({@code UUID.nameUUIDFromBytes("anju-demo-crew-" + n)}) so that the other services' demo data fit; crews are assigned
 * to the demo permits that hold a certificate, as {@link DemoCounty} lays them out. Loaded once.
 */
@ApplicationScoped
public class DemoData {

    private static final String[] SURNAMES = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高" };
    private static final String[] GIVEN = { "建国", "志强", "国华", "德明", "永红", "海涛", "春生", "秋林", "玉山", "长青" };

    private final boolean enabled;
    private final EntityManager em;
    private final Divisions divisions;
    private final RegistrationNumbers numbers;
    private final AssignmentRepository assignments;
    private final CreditService credit;
    private final RegistryConfig config;

    public DemoData(@ConfigProperty(name = "anju.demo-data.enabled", defaultValue = "false") boolean enabled,
            EntityManager em, Divisions divisions, RegistrationNumbers numbers, AssignmentRepository assignments,
            CreditService credit, RegistryConfig config) {
        this.enabled = enabled;
        this.em = em;
        this.divisions = divisions;
        this.numbers = numbers;
        this.assignments = assignments;
        this.credit = credit;
        this.config = config;
    }

    public static UUID crewId(int n) {
        return UUID.nameUUIDFromBytes(("anju-demo-crew-" + n).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID craftsmanId(int n) {
        return UUID.nameUUIDFromBytes(("anju-demo-craftsman-" + n).getBytes(StandardCharsets.UTF_8));
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        if (em.find(Crew.class, crewId(1)) != null) {
            Log.info("Demo data already present; not loading it again");
            return;
        }
        List<Division> townships = divisions.townships();
        LocalDate today = Clock.today();
        for (int n = 1; n <= 150; n++) {
            craftsman(n, townships.get(((n - 1) / 5) % townships.size()), today);
        }
        for (int k = 1; k <= 30; k++) {
            DemoPlan plan = DemoPlan.of(k);
            Crew c = crew(k, plan, townships.get((k - 1) % townships.size()), today);
            if (plan.hazardGrade() != null) {
                int points = config.hazardDeductions().get(plan.hazardGrade());
                String reason = "Confirmed " + plan.hazardGrade() + " hazard (demo)";
                credit.deduct(CreditRecord.Subject.CREW, c.id, points, reason, plan.hazardGrade(), null, null, null);
                credit.deduct(CreditRecord.Subject.CRAFTSMAN, c.leaderId, points, reason + " (crew leader)",
                        plan.hazardGrade(), null, null, null);
            }
        }
        int assigned = 0;
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            if (DemoCounty.holdsCertificate(n)) {
                assignments.assign(DemoCounty.crewId(DemoCounty.crew(n)), DemoCounty.permitId(n),
                        Clock.now().minusDays(n % 45 + 1));
                assigned++;
            }
        }
        Log.infof("Demo data loaded: 150 craftsmen, 30 crews, %d active assignments", assigned);
    }

    private void craftsman(int n, Division township, LocalDate today) {
        Craftsman c = new Craftsman();
        c.id = craftsmanId(n);
        c.name = SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length];
        String first17 = "369901" + LocalDate.of(1965, 1, 1).plusDays(n * 97L).toString().replace("-", "")
                + "%03d".formatted(n % 1000);
        c.residentId = first17 + ResidentIdNumber.checkDigit(first17);
        c.phone = "13%d%08d".formatted(5 + n % 5, 20000000 + n * 7919);
        c.townshipCode = township.code();
        List<Division> villages = divisions.villages().stream().filter(v -> v.parentCode().equals(township.code()))
                .toList();
        c.villageCode = villages.get(n % villages.size()).code();
        Trade[] trades = Trade.values();
        c.trades = EnumSet.of(trades[n % trades.length]);
        if (n % 3 == 0) {
            c.trades.add(trades[(n + 2) % trades.length]);
        }
        c.skillLevel = n % 4 == 0 ? null : 3 + n % 3;
        c.certifyingBody = c.skillLevel == null ? null : "示范县人力资源和社会保障局";
        c.certificateNumber = c.skillLevel == null ? null : "S0000369901%05d".formatted(n);
        c.createdAt = Clock.now().minusDays(400);
        em.persist(c);
        boolean leader = n % 5 == 1;
        boolean untrainedLeader = leader && DemoPlan.of((n + 4) / 5).leaderUntrained();
        if (leader && !untrainedLeader) {
            training(c.id, "农房建设质量安全培训（线下）", 24, TrainingMode.OFFLINE, today.minusDays(40 + n));
            training(c.id, "乡村建设工匠网络课程", 20, TrainingMode.ONLINE, today.minusDays(100 + n));
        } else {
            training(c.id, "乡村建设工匠网络课程", 8 + n % 10, TrainingMode.ONLINE, today.minusDays(60 + n));
        }
    }

    private void training(UUID craftsmanId, String course, int hours, TrainingMode mode, LocalDate on) {
        TrainingRecord t = new TrainingRecord();
        t.id = UUID.nameUUIDFromBytes((craftsmanId + course).getBytes(StandardCharsets.UTF_8));
        t.craftsmanId = craftsmanId;
        t.course = course;
        t.hours = BigDecimal.valueOf(hours);
        t.mode = mode;
        t.completedOn = on;
        t.provider = "示范县住房和城乡建设局";
        t.createdAt = Clock.now();
        em.persist(t);
    }

    private Crew crew(int k, DemoPlan plan, Division township, LocalDate today) {
        Crew c = new Crew();
        c.id = crewId(k);
        LocalDate qualifiedFrom = plan.qualifiedFrom(today, k, config.qualificationValidity());
        LocalDate filed = qualifiedFrom == null ? today.minusDays(5 + k) : qualifiedFrom.minusDays(20);
        c.registrationNumber = numbers.next(township.countyPrefix(), filed.getYear());
        c.kind = CrewKind.values()[k % 3];
        c.name = township.name() + SURNAMES[(5 * k - 4) % SURNAMES.length] + "氏"
                + switch (c.kind) {
                    case INDIVIDUAL_CREW -> "施工班组";
                    case COOPERATIVE -> "建筑工匠合作社";
                    case COMPANY -> "建筑工程有限公司";
                };
        if (c.kind != CrewKind.INDIVIDUAL_CREW) {
            String first17 = "91369901MA" + "%07d".formatted(3500000 + k);
            c.creditCode = first17 + SocialCreditCode.checkCharacter(first17);
        }
        c.leaderId = craftsmanId(5 * k - 4);
        c.townshipCode = township.code();
        c.contactName = em.find(Craftsman.class, c.leaderId).name;
        c.contactPhone = "139%08d".formatted(30000000 + k * 104729);
        c.insurancePolicyNumber = "PICC-DEMO-%04d".formatted(k);
        c.insuranceExpiresOn = plan.insuranceLapsed() ? today.minusDays(3 + k) : today.plusMonths(6 + k % 6);
        c.maxConcurrentJobs = plan.maxConcurrentJobs();
        c.state = plan.stored();
        c.qualifiedFrom = qualifiedFrom;
        c.qualifiedUntil = c.qualifiedFrom == null ? null
                : c.qualifiedFrom.plus(config.qualificationValidity()).minusDays(1);
        c.filedAt = filed.atStartOfDay(Clock.ZONE).toOffsetDateTime();
        em.persist(c);
        for (int n = 5 * k - 4; n <= 5 * k; n++) {
            CrewMember m = new CrewMember();
            m.id = UUID.nameUUIDFromBytes(("anju-demo-member-" + n).getBytes(StandardCharsets.UTF_8));
            m.crewId = c.id;
            m.craftsmanId = craftsmanId(n);
            m.joinedOn = filed;
            m.leftOn = plan.stored() == QualificationState.REVOKED ? today.minusDays(2) : null;
            em.persist(m);
        }
        history(c, plan, today);
        return c;
    }

    private void history(Crew c, DemoPlan plan, LocalDate today) {
        if (c.qualifiedFrom == null) {
            return;
        }
        OffsetDateTime at = c.qualifiedFrom.atTime(10, 0).atZone(Clock.ZONE).toOffsetDateTime();
        decision(c, QualificationAction.QUALIFY, QualificationState.FILED, QualificationState.QUALIFIED,
                "材料齐全，现场核查合格 (demo)", at, c.qualifiedUntil);
        if (plan.stored() == QualificationState.SUSPENDED || plan.stored() == QualificationState.REVOKED) {
            OffsetDateTime suspended = today.minusDays(10).atTime(9, 0).atZone(Clock.ZONE).toOffsetDateTime();
            decision(c, QualificationAction.SUSPEND, QualificationState.QUALIFIED, QualificationState.SUSPENDED,
                    "发现重大安全隐患，暂停资质整改 (demo)", suspended, null);
            if (plan.stored() == QualificationState.REVOKED) {
                decision(c, QualificationAction.REVOKE, QualificationState.SUSPENDED, QualificationState.REVOKED,
                        "整改不到位，撤销资质 (demo)", suspended.plusDays(8), null);
            }
        }
    }

    private void decision(Crew c, QualificationAction action, QualificationState from, QualificationState to,
            String reason, OffsetDateTime at, LocalDate validUntil) {
        QualificationDecision d = new QualificationDecision();
        d.id = UUID.nameUUIDFromBytes(("anju-demo-decision-" + c.id + action).getBytes(StandardCharsets.UTF_8));
        d.crewId = c.id;
        d.action = action;
        d.fromState = from;
        d.toState = to;
        d.reason = reason;
        d.decidedBy = "demo-county-admin";
        d.decidedRole = "county_admin";
        d.decidedAt = at;
        d.validUntil = validUntil;
        em.persist(d);
    }
}
