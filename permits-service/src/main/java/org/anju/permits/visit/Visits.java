package org.anju.permits.visit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.permits.lifecycle.Action;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitRepository;

/** The mandatory visits of each build: created at submission from the county's list, passed by inspections' events. */
@ApplicationScoped
public class Visits {

    private final PermitVisitRepository visits;
    private final PermitRepository permits;
    private final VisitSchedule schedule;

    public Visits(PermitVisitRepository visits, PermitRepository permits, VisitSchedule schedule) {
        this.visits = visits;
        this.permits = permits;
        this.schedule = schedule;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(UUID permitId, List<VisitType> list) {
        String township = permits.findById(permitId).townshipCode;
        int position = 0;
        for (VisitType type : list) {
            PermitVisit v = new PermitVisit();
            v.permitId = permitId;
            v.townshipCode = township;
            v.visitType = type;
            v.position = position++;
            v.status = "PENDING";
            visits.persist(v);
        }
    }

    public List<PermitVisit> of(UUID permitId) {
        return visits.of(permitId);
    }

    /** Marks a visit passed (the next one may fall due); false when the build does not need this visit type. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pass(UUID permitId, VisitType type, String visitId, OffsetDateTime passedAt) {
        PermitVisit v = visits.findById(key(permitId, type));
        if (v == null) {
            return false;
        }
        if (!v.passed()) {
            v.status = "PASSED";
            v.visitId = visitId;
            v.passedAt = passedAt;
            schedule.refresh(permits.findById(permitId), OffsetDateTime.now(), false);
        }
        return true;
    }

    /** After the build's state moved by {@code action} at {@code at}: the visit due now and its deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(Permit p, Action action, OffsetDateTime at) {
        schedule.refresh(p, at, action == Action.RESUME);
    }

    /** The pending visits that gate entering {@code state}, in order (empty = the state may be entered). */
    public List<VisitType> pendingFor(UUID permitId, PermitState state) {
        return visits.of(permitId).stream().filter(v -> !v.passed() && v.visitType.gates() == state)
                .map(v -> v.visitType).toList();
    }

    /** The first visit still pending, in the county's order. */
    public Optional<VisitType> next(UUID permitId) {
        return visits.of(permitId).stream().filter(v -> !v.passed()).map(v -> v.visitType).findFirst();
    }

    private static PermitVisit.Key key(UUID permitId, VisitType type) {
        PermitVisit.Key k = new PermitVisit.Key();
        k.permitId = permitId;
        k.visitType = type;
        return k;
    }
}
