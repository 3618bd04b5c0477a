package org.anju.permits.permit;

/** What the household builds: a new house, a rebuild on the same plot, an extension (incl. added storeys), a major repair. */
public enum BuildKind {
    NEW_BUILD, REBUILD, EXTENSION, MAJOR_REPAIR;

    /** Kinds that work on an existing house and therefore need its safety grade. */
    public boolean needsExistingGrade() {
        return this == REBUILD || this == EXTENSION;
    }
}
