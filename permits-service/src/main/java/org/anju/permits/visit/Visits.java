package org.anju.permits.visit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.permits.lifecycle.PermitState;

/** The mandatory visits of each build: created at submission from the county's list, passed by inspections' events. */
@ApplicationScoped
public class Visits {

    private final PermitVisitRepository visits;

    public Visits(PermitVisitRepository visits) {
        this.visits = visits;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(UUID permitId, List<VisitType> list) {
        int position = 0;
        for (VisitType type : list) {
            PermitVisit v = new PermitVisit();
            v.permitId = permitId;
            v.visitType = type;
            v.position = position++;
            v.status = "PENDING";
            visits.persist(v);
        }
    }

    public List<PermitVisit> of(UUID permitId) {
        return visits.of(permitId);
    }

    /** Marks a visit passed; false when the build does not need this visit type. */
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
        }
        return true;
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
