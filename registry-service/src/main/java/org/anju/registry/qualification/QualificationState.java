package org.anju.registry.qualification;

/**
 * Where a crew's qualification (资质) stands. EXPIRED is never stored: it is what QUALIFIED becomes, on a given day,
 * once the validity has lapsed without renewal.
 */
public enum QualificationState {
    FILED, QUALIFIED, SUSPENDED, REVOKED, EXPIRED
}
