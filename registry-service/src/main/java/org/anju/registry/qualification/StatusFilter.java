package org.anju.registry.qualification;

import java.time.LocalDate;
import java.util.Map;

/** The HQL predicate that selects crews (alias given) in an effective qualification state on a day. */
public final class StatusFilter {

    private StatusFilter() {
    }

    /** Adds the parameters it uses to {@code params}. */
    public static String predicate(String alias, QualificationState state, LocalDate today, Map<String, Object> params) {
        switch (state) {
            case QUALIFIED -> {
                params.put("statusStored", QualificationState.QUALIFIED);
                params.put("statusToday", today);
                return alias + ".state = :statusStored and " + alias + ".qualifiedUntil >= :statusToday";
            }
            case EXPIRED -> {
                params.put("statusStored", QualificationState.QUALIFIED);
                params.put("statusToday", today);
                return alias + ".state = :statusStored and " + alias + ".qualifiedUntil < :statusToday";
            }
            default -> {
                params.put("statusStored", state);
                return alias + ".state = :statusStored";
            }
        }
    }
}
