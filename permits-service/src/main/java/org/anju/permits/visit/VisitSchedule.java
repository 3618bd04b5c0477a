package org.anju.permits.visit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.permits.county.CountyRulesService;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.county.WorkingDays;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.Permit;
import org.anju.permits.rules.CountyRuleSet;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps each build's visit deadlines in step with its state and passed visits ({@link VisitDeadlines}), in the
 * transaction that changes them: the deadline of a visit is set once, when it falls due, and kept on the visit (the
 * statistics count it); the build carries the visit due now and its deadline (the visits-due list reads that index).
 */
@ApplicationScoped
public class VisitSchedule {

    /** States that end the build short of completion: deadlines not yet reached never fell due. */
    private static final Set<PermitState> CUT_SHORT = EnumSet.of(PermitState.REJECTED, PermitState.WITHDRAWN,
            PermitState.REVOKED, PermitState.SUSPENDED);

    private final PermitVisitRepository visits;
    private final CountyRulesService countyRules;
    private final HolidayCalendar calendar;
    private final EntityManager em;

    public VisitSchedule(PermitVisitRepository visits, CountyRulesService countyRules, HolidayCalendar calendar,
            EntityManager em) {
        this.visits = visits;
        this.countyRules = countyRules;
        this.calendar = calendar;
        this.em = em;
    }

    /** The county's visit limits. */
    public static VisitDeadlines.Limits limits(CountyRuleSet rules) {
        return new VisitDeadlines.Limits(rules.surveyWorkingDays(), rules.settingOutWorkingDays(),
                rules.stageVisitWorkingDays());
    }

    /**
     * Re-derives the build's deadlines after a change at {@code at}: its state moved ({@code resumed} when a stop-work
     * was lifted) or a visit passed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Permit p, OffsetDateTime at, boolean resumed) {
        refresh(p, at, resumed, limits(countyRules.ruleSet(p.countyCode)), calendar.workingDays(), null);
    }

    /**
     * The same with the limits and calendar given; {@code certificateOn} (when known) is the day setting-out fell
     * due, else the day of {@code at}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Permit p, OffsetDateTime at, boolean resumed, VisitDeadlines.Limits limits,
            WorkingDays workingDays, LocalDate certificateOn) {
        LocalDate day = day(at);
        List<PermitVisit> list = visits.of(p.id);
        for (PermitVisit v : list) {
            if (v.passed() && v.dueOn == null) {
                v.dueOn = day(v.passedAt); // passed before it fell due: due, and done, that day
            }
            if (!v.passed() && v.dueOn != null && v.dueOn.isAfter(day) && CUT_SHORT.contains(p.state)) {
                v.dueOn = null; // stopped, refused or withdrawn before its deadline: it never fell due
            }
        }
        Optional<VisitType> due = VisitDeadlines.dueNow(p.state, list.stream()
                .map(v -> new VisitDeadlines.Step(v.visitType, v.passed(), v.passed() ? day(v.passedAt) : null))
                .toList());
        if (due.isEmpty()) {
            p.dueVisit = null;
            p.visitDueOn = null;
            return;
        }
        PermitVisit previous = null;
        PermitVisit current = null;
        for (PermitVisit v : list) {
            if (v.visitType == due.get()) {
                current = v;
                break;
            }
            previous = v;
        }
        if (current.dueOn == null) {
            LocalDate fellDue = current.visitType == VisitType.SETTING_OUT && certificateOn != null ? certificateOn
                    : day;
            current.dueOn = VisitDeadlines.deadline(current.visitType, p.surveyDueOn,
                    previous != null && previous.passed() ? day(previous.passedAt) : null, fellDue,
                    resumed ? day : null, limits, workingDays);
        }
        p.dueVisit = current.visitType;
        p.visitDueOn = current.dueOn;
    }

    /**
     * Builds submitted before deadlines were kept get theirs once, at the first start after the migration, in batches
     * (setting-out counted from the certificate; a visit passed then counts as due the day it passed).
     */
    @Transactional
    void backfill(@Observes StartupEvent start) {
        if (em.createNativeQuery("delete from permit_backfill where task = 'visit-deadlines'").executeUpdate() == 0) {
            return;
        }
        Map<UUID, LocalDate> certificates = new HashMap<>();
        for (Object row : em.createNativeQuery("select permit_id, min(issued_at) from permit_document "
                + "where kind = 'CERTIFICATE' group by permit_id").getResultList()) {
            Object[] r = (Object[]) row;
            certificates.put((UUID) r[0], day(r[1]));
        }
        Map<String, VisitDeadlines.Limits> limits = new HashMap<>();
        WorkingDays workingDays = calendar.workingDays();
        OffsetDateTime now = OffsetDateTime.now(HolidayCalendar.ZONE);
        int done = 0;
        UUID after = new UUID(0L, 0L); // the lowest uuid in PostgreSQL's (unsigned) order
        while (true) {
            List<Permit> batch = em.createQuery("from Permit p where p.state <> :draft and p.id > :after order by p.id",
                    Permit.class).setParameter("draft", PermitState.DRAFT).setParameter("after", after)
                    .setMaxResults(500).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (Permit p : batch) {
                refresh(p, now, false, limits.computeIfAbsent(p.countyCode, c -> limits(countyRules.ruleSet(c))),
                        workingDays, certificates.get(p.id));
            }
            after = batch.get(batch.size() - 1).id;
            done += batch.size();
            em.flush();
            em.clear();
        }
        Log.infof("Visit deadlines derived for %d builds submitted before they were kept", done);
    }

    static LocalDate day(Object moment) {
        if (moment instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
        }
        if (moment instanceof Timestamp t) {
            return t.toInstant().atZone(HolidayCalendar.ZONE).toLocalDate();
        }
        if (moment instanceof java.time.Instant t) {
            return t.atZone(HolidayCalendar.ZONE).toLocalDate();
        }
        throw new IllegalArgumentException("not a moment: " + moment);
    }
}
