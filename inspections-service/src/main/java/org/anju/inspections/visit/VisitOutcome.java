package org.anju.inspections.visit;

/** Result of a recorded visit; NOT_ON_SITE is set by the presence check, never trusted from the phone. */
public enum VisitOutcome {
    PASSED, PASSED_WITH_CONDITIONS, FAILED, NOT_ON_SITE;

    public boolean passed() {
        return this == PASSED || this == PASSED_WITH_CONDITIONS;
    }
}
