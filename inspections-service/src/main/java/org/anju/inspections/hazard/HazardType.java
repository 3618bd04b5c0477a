package org.anju.inspections.hazard;

/** What kind of hazard a finding is. */
public enum HazardType {
    FOUNDATION, STRUCTURE, MATERIALS, SCAFFOLDING_FALL_PROTECTION, TEMPORARY_ELECTRICITY, SITE_SAFETY,
    UNQUALIFIED_CREW, DEVIATES_FROM_PERMIT, OTHER;

    /** An unqualified crew on site or a build deviating from its permit stops the works whatever the grade. */
    public boolean stopsWork() {
        return this == UNQUALIFIED_CREW || this == DEVIATES_FROM_PERMIT;
    }
}
