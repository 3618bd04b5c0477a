package org.anju.inspections.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.inspections.cases.CaseState;
import org.anju.inspections.cases.IllegalCase;
import org.anju.inspections.hazard.Hazard;
import org.anju.inspections.hazard.HazardGrade;
import org.anju.inspections.hazard.HazardType;
import org.anju.inspections.hazard.RectificationNotice;
import org.anju.inspections.stopwork.StopWorkNotice;
import org.anju.inspections.visit.Visit;
import org.anju.inspections.visit.VisitOutcome;
import org.anju.inspections.visit.VisitType;

/**
 * Rows written straight into the tables with the dates a test needs (the API stamps "now"), for the statistics and
 * lists; each township's rows can be cleared first so that a test's counts are exact.
 */
@ApplicationScoped
public class Rows {

    /** 云岭乡: no other test writes here, so its counts are the fixture's own. */
    public static final String YUNLING = "369901201000";
    public static final String YUNLING_VILLAGE = "369901201201";

    private final EntityManager em;

    public Rows(EntityManager em) {
        this.em = em;
    }

    /** Deletes every inspections row of the township. */
    @Transactional
    public void clear(String township) {
        for (String sql : new String[] {
                "delete from illegal_case_history where case_id in (select id from illegal_case where township_code = ?1)",
                "delete from photo where case_id in (select id from illegal_case where township_code = ?1)",
                "delete from illegal_case where township_code = ?1",
                "delete from stop_work_notice where township_code = ?1",
                "delete from rectification_notice where township_code = ?1",
                "delete from photo where hazard_id in (select id from hazard where township_code = ?1)",
                "delete from hazard where township_code = ?1",
                "delete from photo where visit_id in (select id from visit where township_code = ?1)",
                "delete from visit where township_code = ?1" }) {
            em.createNativeQuery(sql).setParameter(1, township).executeUpdate();
        }
    }

    /** A visit recorded at {@code at}, or scheduled (for 20 March 2025) when {@code at} is null. */
    @Transactional
    public UUID visit(String township, VisitType type, OffsetDateTime at, Boolean onSite, VisitOutcome outcome) {
        Visit v = new Visit();
        v.id = UUID.randomUUID();
        v.permitId = UUID.randomUUID();
        v.townshipCode = township;
        v.villageCode = YUNLING_VILLAGE;
        v.inspector = "fixture";
        v.visitType = type;
        v.status = at == null ? Visit.Status.SCHEDULED : Visit.Status.RECORDED;
        v.scheduledDate = at == null ? LocalDate.of(2025, 3, 20) : null;
        v.serverCheckedInAt = at;
        v.onSite = onSite;
        v.outcome = outcome;
        v.timelineAt = at == null ? OffsetDateTime.parse("2025-03-20T00:00+08:00") : at;
        em.persist(v);
        return v.id;
    }

    /** A hazard found at {@code at} on the visit. */
    @Transactional
    public UUID hazard(String township, UUID visit, HazardGrade grade, OffsetDateTime at) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.visitId = visit;
        h.townshipCode = township;
        h.hazardType = HazardType.OTHER;
        h.grade = grade;
        h.description = "fixture";
        h.responsiblePerson = "fixture";
        h.status = Hazard.Status.OPEN;
        h.createdAt = at;
        em.persist(h);
        return h.id;
    }

    /** The hazard's rectification notice, closed out at {@code closedAt} or open when it is null. */
    @Transactional
    public UUID notice(String township, UUID hazard, OffsetDateTime issuedAt, LocalDate deadline,
            OffsetDateTime closedAt) {
        RectificationNotice n = new RectificationNotice();
        n.id = UUID.randomUUID();
        n.hazardId = hazard;
        n.townshipCode = township;
        n.responsiblePerson = "fixture";
        n.deadline = deadline;
        n.status = closedAt == null ? RectificationNotice.Status.OPEN : RectificationNotice.Status.CLOSED;
        n.issuedAt = issuedAt;
        n.closedAt = closedAt;
        em.persist(n);
        return n.id;
    }

    /** The county voids the hazard at {@code at}; its notice, if open, is closed as voided. */
    @Transactional
    public void voided(UUID hazard, OffsetDateTime at) {
        em.createNativeQuery("update hazard set status = 'VOIDED', voided_at = ?2, voided_by = 'fixture', "
                + "void_reason = 'fixture' where id = ?1").setParameter(1, hazard).setParameter(2, at).executeUpdate();
        em.createNativeQuery("update rectification_notice set status = 'VOIDED', voided_at = ?2 where hazard_id = ?1 "
                + "and status = 'OPEN'").setParameter(1, hazard).setParameter(2, at).executeUpdate();
    }

    /** A stop-work notice issued at {@code issuedAt} on the visit, lifted at {@code liftedAt} or in force. */
    @Transactional
    public UUID stopWork(String township, UUID visit, OffsetDateTime issuedAt, OffsetDateTime liftedAt) {
        StopWorkNotice n = new StopWorkNotice();
        n.id = UUID.randomUUID();
        n.permitId = UUID.randomUUID();
        n.townshipCode = township;
        n.visitId = visit;
        n.reasonCode = StopWorkNotice.ReasonCode.OTHER;
        n.reason = "fixture";
        n.status = liftedAt == null ? StopWorkNotice.Status.IN_FORCE : StopWorkNotice.Status.LIFTED;
        n.issuedAt = issuedAt;
        n.issuedBy = "fixture";
        n.liftedAt = liftedAt;
        em.persist(n);
        return n.id;
    }

    /** What {@link #build} wrote for one permit, each list in the order it was written (oldest first). */
    public record Build(List<UUID> visits, List<UUID> hazards, List<UUID> notices, List<UUID> stopWorks) {
    }

    /**
     * One build's records in one transaction: {@code visits} on-site visits a minute apart from {@code from};
     * {@code hazards} hazards on the first visit, each with its rectification notice (the first {@code closed} closed
     * out) a minute apart; {@code stopWorks} stop-work notices on the first visit a day apart, all but the last lifted.
     */
    @Transactional
    public Build build(String township, UUID permit, OffsetDateTime from, int visits, int hazards, int closed,
            int stopWorks) {
        List<UUID> visitIds = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            Visit v = new Visit();
            v.id = UUID.randomUUID();
            v.permitId = permit;
            v.townshipCode = township;
            v.villageCode = YUNLING_VILLAGE;
            v.inspector = "fixture";
            v.visitType = VisitType.ROUTINE_PATROL;
            v.status = Visit.Status.RECORDED;
            v.serverCheckedInAt = from.plusMinutes(i);
            v.onSite = true;
            v.outcome = VisitOutcome.PASSED;
            v.timelineAt = v.serverCheckedInAt;
            em.persist(v);
            visitIds.add(v.id);
        }
        List<UUID> hazardIds = new ArrayList<>();
        List<UUID> noticeIds = new ArrayList<>();
        for (int i = 0; i < hazards; i++) {
            Hazard h = new Hazard();
            h.id = UUID.randomUUID();
            h.visitId = visitIds.get(0);
            h.permitId = permit;
            h.townshipCode = township;
            h.hazardType = HazardType.OTHER;
            h.grade = HazardGrade.GENERAL;
            h.description = "fixture " + i;
            h.responsiblePerson = "fixture";
            h.status = i < closed ? Hazard.Status.CLOSED : Hazard.Status.OPEN;
            h.createdAt = from.plusMinutes(i);
            h.closedAt = i < closed ? from.plusDays(1) : null;
            em.persist(h);
            hazardIds.add(h.id);
            RectificationNotice n = new RectificationNotice();
            n.id = UUID.randomUUID();
            n.hazardId = h.id;
            n.permitId = permit;
            n.townshipCode = township;
            n.responsiblePerson = "fixture";
            n.deadline = from.toLocalDate().plusDays(30 + i);
            n.status = i < closed ? RectificationNotice.Status.CLOSED : RectificationNotice.Status.OPEN;
            n.issuedAt = h.createdAt;
            n.closedAt = h.closedAt;
            em.persist(n);
            noticeIds.add(n.id);
        }
        List<UUID> stopIds = new ArrayList<>();
        for (int i = 0; i < stopWorks; i++) {
            StopWorkNotice n = new StopWorkNotice();
            n.id = UUID.randomUUID();
            n.permitId = permit;
            n.townshipCode = township;
            n.visitId = visitIds.get(0);
            n.reasonCode = StopWorkNotice.ReasonCode.OTHER;
            n.reason = "fixture " + i;
            boolean lifted = i < stopWorks - 1;
            n.status = lifted ? StopWorkNotice.Status.LIFTED : StopWorkNotice.Status.IN_FORCE;
            n.issuedAt = from.plusDays(i);
            n.issuedBy = "fixture";
            n.liftedAt = lifted ? n.issuedAt.plusHours(12) : null;
            em.persist(n);
            stopIds.add(n.id);
        }
        return new Build(visitIds, hazardIds, noticeIds, stopIds);
    }

    /** An illegal construction case opened at {@code at}. */
    @Transactional
    public UUID illegalCase(String township, OffsetDateTime at) {
        IllegalCase c = new IllegalCase();
        c.id = UUID.randomUUID();
        c.kind = IllegalCase.Kind.NO_PERMIT;
        c.state = CaseState.OPEN;
        c.townshipCode = township;
        c.lat = 28.557;
        c.lng = 118.066;
        c.description = "fixture";
        c.openedAt = at;
        c.openedBy = "fixture";
        em.persist(c);
        return c.id;
    }
}
