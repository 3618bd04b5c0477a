package org.anju.inspections.visit;

/** Kinds of visit: the county's six mandatory visits (三到场/六到场) and the township's own visits. */
public enum VisitType {
    SITE_SURVEY, SETTING_OUT, FOUNDATION_TRENCH, KEY_MILESTONE, MAIN_STRUCTURE, COMPLETION_ACCEPTANCE,
    ROUTINE_PATROL, COMPLAINT, RECHECK;

    /** Whether this visit gates a stage of the permit and so must be needed now and be on site to count. */
    public boolean mandatory() {
        return ordinal() <= COMPLETION_ACCEPTANCE.ordinal();
    }
}
