package org.anju.inspections.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** States of an illegal construction case and the one table of allowed transitions. */
public enum CaseState {
    OPEN, ORDERED_TO_STOP, RECTIFIED, DEMOLISHED, CLOSED;

    private static final Map<CaseState, Set<CaseState>> NEXT = Map.of(
            OPEN, EnumSet.of(ORDERED_TO_STOP),
            ORDERED_TO_STOP, EnumSet.of(RECTIFIED, DEMOLISHED),
            RECTIFIED, EnumSet.of(CLOSED),
            DEMOLISHED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CaseState.class));

    public Set<CaseState> next() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(CaseState target) {
        return NEXT.get(this).contains(target);
    }
}
