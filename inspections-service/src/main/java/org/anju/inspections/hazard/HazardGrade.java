package org.anju.inspections.hazard;

/** Grade of a hazard (一般 / 较大 / 重大); a critical one stops the works. */
public enum HazardGrade {
    GENERAL, MAJOR, CRITICAL
}
