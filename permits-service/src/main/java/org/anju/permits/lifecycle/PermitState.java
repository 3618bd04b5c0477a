package org.anju.permits.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** The states of a build (DESIGN.md section 4); the allowed moves between them are in {@link Transitions}. */
public enum PermitState {
    DRAFT, SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED, BOOK_ISSUED, PERMITTED, UNDER_CONSTRUCTION, COMPLETED,
    ARCHIVED, REJECTED, WITHDRAWN, SUSPENDED, REVOKED;

    /** States in which a build counts as the household's active build (一户一宅). */
    public static final Set<PermitState> ACTIVE = EnumSet.of(SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED, BOOK_ISSUED,
            PERMITTED, UNDER_CONSTRUCTION, SUSPENDED);

    /** States still waiting for the township's site survey (time limit: 3 working days from intake). */
    public static final Set<PermitState> AWAITING_SURVEY = EnumSet.of(SUBMITTED, VILLAGE_REVIEWED);

    /** States still waiting for the decision (time limit: 10 working days from intake). */
    public static final Set<PermitState> AWAITING_DECISION = EnumSet.of(SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED);
}
