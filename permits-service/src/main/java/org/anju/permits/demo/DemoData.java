package org.anju.permits.demo;

import static org.anju.permits.lifecycle.Action.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.demo.DemoCounty;
import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.identity.ResidentIdNumber;
import org.anju.permits.county.CountyRulesService;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.county.WorkingDays;
import org.anju.permits.document.DocumentIssuer;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.DocumentNumbers;
import org.anju.permits.gis.LayerKind;
import org.anju.permits.gis.LayerService;
import org.anju.permits.household.Household;
import org.anju.permits.lifecycle.Action;
import org.anju.permits.lifecycle.History;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.lifecycle.Transitions;
import org.anju.permits.permit.BuildKind;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitMapper;
import org.anju.permits.permit.SafetyGrade;
import org.anju.permits.permit.Structure;
import org.anju.permits.rules.CountyRuleSet;
import org.anju.permits.rules.TrackClassifier;
import org.anju.permits.visit.VisitType;
import org.anju.permits.visit.VisitSchedule;
import org.anju.permits.visit.Visits;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo county's builds: 300 households' applications across the 13 demo villages, in every state, some overdue,
 * some sited against the demo hazard zone and provincial road (drafts that submission would refuse). Village, site,
 * state, crew and stop-work notice of build n come from {@link DemoCounty}; loaded once, only when
 * {@code anju.demo-data.enabled=true}.
 */
@ApplicationScoped
public class DemoData {

    private static final List<PermitState> TARGETS = List.of(PermitState.values());
    private static final List<Action> MAIN = List.of(SUBMIT, VILLAGE_REVIEW, SURVEY, ISSUE_BOOK, ISSUE_CERTIFICATE,
            START_CONSTRUCTION, COMPLETE, ARCHIVE);

    private final DemoConfig config;
    private final Divisions divisions;
    private final CountyRulesService countyRules;
    private final HolidayCalendar calendar;
    private final LayerService layers;
    private final DocumentNumbers numbers;
    private final DocumentIssuer documents;
    private final Visits visits;
    private final VisitSchedule schedule;
    private final History history;
    private final ObjectMapper json;

    public DemoData(DemoConfig config, Divisions divisions, CountyRulesService countyRules, HolidayCalendar calendar,
            LayerService layers, DocumentNumbers numbers, DocumentIssuer documents, Visits visits,
            VisitSchedule schedule, History history, ObjectMapper json) {
        this.config = config;
        this.divisions = divisions;
        this.countyRules = countyRules;
        this.calendar = calendar;
        this.layers = layers;
        this.numbers = numbers;
        this.documents = documents;
        this.visits = visits;
        this.schedule = schedule;
        this.history = history;
        this.json = json;
    }

    @Transactional
    void load(@Observes StartupEvent start) throws Exception {
        if (!config.enabled()) {
            return;
        }
        if (Permit.findById(DemoCounty.permitId(1)) != null) {
            Log.info("Demo data already loaded");
            return;
        }
        String county = countyRules.countyCode();
        layers.upload(county, LayerKind.PLANNING_AREAS, json.readTree(DemoLayers.planningAreas(divisions)), "demo");
        layers.upload(county, LayerKind.HAZARD_ZONES, json.readTree(DemoLayers.hazardZones()), "demo");
        layers.upload(county, LayerKind.ROADS, json.readTree(DemoLayers.roads()), "demo");
        CountyRuleSet rules = countyRules.ruleSet(county);
        WorkingDays wd = calendar.workingDays();
        for (int n = 1; n <= DemoCounty.PERMITS; n++) {
            build(n, divisions.find(DemoCounty.villageCode(n)).orElseThrow(), rules, wd);
        }
        Log.infof("Demo data: %d builds loaded across %d villages", DemoCounty.PERMITS, divisions.villages().size());
    }

    private void build(int n, Division village, CountyRuleSet rules, WorkingDays wd) {
        Random r = new Random(n);
        PermitState target = TARGETS.get(DemoCounty.stage(n));
        DemoTimeline timeline = DemoTimeline.of(n, OffsetDateTime.now(HolidayCalendar.ZONE), wd, rules);
        OffsetDateTime created = timeline.created();
        Household h = household(n, village, created);
        Permit p = new Permit();
        p.id = DemoCounty.permitId(n);
        p.householdId = h.id;
        p.countyCode = h.countyCode;
        p.townshipCode = h.townshipCode;
        p.villageCode = h.villageCode;
        p.applicationNumber = numbers.next(p.countyCode, created.getYear(), DocumentKind.APPLICATION);
        String quoted = DemoCounty.applicationNumber(n, HolidayCalendar.today());
        if (!quoted.equals(p.applicationNumber) && n == 1) {
            // inspections' demo quotes DemoCounty's numbers; they match only on a counter nothing else has used
            Log.warnf("Demo application numbers differ from DemoCounty's (%s, not %s): the counter was in use",
                    p.applicationNumber, quoted);
        }
        p.homesteadApprovalRef = "宅批(" + created.getYear() + ")第" + String.format("%04d", n) + "号";
        p.plotId = village.code() + "-ZJD-" + String.format("%04d", n);
        p.plotArea = BigDecimal.valueOf(120 + r.nextInt(60));
        r.nextDouble(); // the two draws DemoCounty.position makes for the site, so floor areas stay as they were
        r.nextDouble();
        // the drafts of 西岭村 and 东门村 are sited where submission refuses them: in the hazard zone, 8 m from the road
        DemoCounty.Position site = DemoCounty.position(n);
        p.lat = site.lat();
        p.lng = site.lng();
        p.address = village.name() + (n % 9 + 1) + "组" + n + "号";
        p.kind = BuildKind.values()[n % 4];
        p.existingGrade = p.kind.needsExistingGrade() ? (n % 3 == 0 ? SafetyGrade.B : SafetyGrade.A) : null;
        p.storeys = 1 + n % 3;
        p.heightM = BigDecimal.valueOf(3.3 * p.storeys + 0.6).setScale(2, java.math.RoundingMode.HALF_UP);
        p.floorArea = BigDecimal.valueOf(90L * p.storeys + r.nextInt(30));
        p.investment = BigDecimal.valueOf(1200L * p.floorArea.longValue());
        p.structure = p.storeys == 3 ? Structure.FRAME : Structure.BRICK_CONCRETE;
        p.standardDrawingSetId = n % 5 == 0 ? null : "TYT-2024-0" + (n % 8 + 1);
        p.designerName = n % 5 == 0 ? "设计师" + n : null;
        p.designerQualificationNo = n % 5 == 0 ? "JZS-36-" + (10000 + n) : null;
        if (p.storeys >= 3) {
            p.designFirmName = "示范县建筑设计院";
            p.designFirmCreditCode = "91350100M000100Y43";
            p.contractorName = "示范县第一建筑工程公司";
            p.contractorCreditCode = "91350100M000100Y43";
        }
        p.crewId = DemoCounty.crewId(DemoCounty.crew(n));
        p.plannedStartOn = created.toLocalDate().plusDays(30);
        p.state = PermitState.DRAFT;
        p.createdAt = created;
        p.updatedAt = created;
        p.createdBy = "demo";
        p.persist();
        History.Actor actor = new History.Actor("demo-loader", "system");
        history.append(p, "create", null, PermitState.DRAFT, actor, null, null, created);
        for (Action a : path(target)) {
            step(p, n, a, rules, wd, actor, timeline);
            if (a == START_CONSTRUCTION && target != PermitState.PERMITTED) {
                // the foundation trench passes under construction, as its visit.passed event would
                pass(p, VisitType.FOUNDATION_TRENCH, timeline.day(DemoTimeline.TRENCH_DAY), rules, wd);
            }
        }
    }

    private static List<Action> path(PermitState target) {
        List<Action> out = new ArrayList<>();
        switch (target) {
            case REJECTED -> out.addAll(List.of(SUBMIT, VILLAGE_REVIEW, REJECT));
            case WITHDRAWN -> out.addAll(List.of(SUBMIT, WITHDRAW));
            case SUSPENDED -> {
                out.addAll(MAIN.subList(0, 6));
                out.add(SUSPEND);
            }
            case REVOKED -> {
                out.addAll(MAIN.subList(0, 5));
                out.add(REVOKE);
            }
            default -> out.addAll(MAIN.subList(0, target.ordinal()));
        }
        return out;
    }

    private void step(Permit p, int n, Action a, CountyRuleSet rules, WorkingDays wd, History.Actor actor,
            DemoTimeline timeline) {
        PermitState from = p.state;
        OffsetDateTime at = timeline.at(a);
        switch (a) {
            case SUBMIT -> {
                LocalDate intake = at.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
                p.track = TrackClassifier.classify(PermitMapper.facts(p), rules);
                p.trackReasons = PermitMapper.storedTrackReasons(TrackClassifier.reached(PermitMapper.facts(p), rules));
                p.submittedAt = at;
                p.surveyDueOn = wd.plus(intake, rules.surveyWorkingDays());
                p.decisionDueOn = wd.plus(intake, rules.decisionWorkingDays());
                visits.plan(p.id, rules.visits());
            }
            case VILLAGE_REVIEW -> p.noticeStartedOn = at.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
            case SURVEY -> pass(p, VisitType.SITE_SURVEY, at, rules, wd);
            case ISSUE_BOOK -> documents.issue(p, DocumentKind.BOOK, at.toLocalDate().plusMonths(rules.bookValidMonths()),
                    "demo").issuedAt = at;
            case ISSUE_CERTIFICATE -> {
                documents.issue(p, DocumentKind.CERTIFICATE, null, "demo").issuedAt = at;
                p.crewAssigned = true;
            }
            case START_CONSTRUCTION -> pass(p, VisitType.SETTING_OUT, at, rules, wd);
            case COMPLETE -> {
                for (VisitType v : VisitType.values()) {
                    pass(p, v, at, rules, wd);
                }
                p.crewAssigned = false;
            }
            case SUSPEND -> {
                p.suspendedFrom = from;
                p.stopWorkNoticeId = DemoCounty.stopWorkNoticeId(n).toString();
                p.stopWorkSince = at;
                p.suspendedAt = at;
                p.suspendedByStopWork = true;
            }
            case REVOKE, WITHDRAW -> p.crewAssigned = false;
            default -> {
            }
        }
        p.state = Transitions.find(a, from).orElseThrow().to();
        p.updatedAt = at;
        schedule.refresh(p, at, a == RESUME, VisitSchedule.limits(rules), wd, null);
        history.append(p, a.wireName(), from, p.state, actor,
                a == REJECT || a == WITHDRAW || a == SUSPEND || a == REVOKE ? "演示数据 demo: " + a.wireName() : null,
                Map.of("state", List.of(from.name(), p.state.name())), at);
    }

    /** A mandatory visit passed at {@code at}, and the next one falling due from then, as a visit.passed event does. */
    private void pass(Permit p, VisitType type, OffsetDateTime at, CountyRuleSet rules, WorkingDays wd) {
        visits.pass(p.id, type, "demo-" + p.id, at);
        schedule.refresh(p, at, false, VisitSchedule.limits(rules), wd, null);
    }

    private static Household household(int n, Division village, OffsetDateTime created) {
        Household h = new Household();
        h.id = UUID.nameUUIDFromBytes(("anju-demo-household-" + n).getBytes(StandardCharsets.UTF_8));
        h.countyCode = village.countyPrefix();
        h.villageCode = village.code();
        h.townshipCode = village.parentCode();
        String[] surnames = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };
        String[] given = { "建国", "秀英", "志强", "桂兰", "德明", "春梅", "长生", "玉兰", "国华", "金凤" };
        h.headName = surnames[n % 10] + given[(n / 10) % 10];
        String first17 = "369901" + LocalDate.of(1955, 1, 1).plusDays(n * 61L).toString().replace("-", "")
                + String.format("%03d", n % 1000);
        h.headResidentId = first17 + ResidentIdNumber.checkDigit(first17);
        h.registerNumber = "HK" + village.code().substring(6) + "-" + String.format("%05d", n);
        h.createdAt = created;
        h.createdBy = "demo";
        h.persist();
        return h;
    }
}
