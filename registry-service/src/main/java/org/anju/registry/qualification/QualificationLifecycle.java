package org.anju.registry.qualification;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one state machine of a crew's qualification: FILED -> QUALIFIED -> (SUSPENDED <-> QUALIFIED) -> REVOKED, and
 * EXPIRED (computed by date) which a renewal brings back to QUALIFIED.
 */
public final class QualificationLifecycle {

    private static final Map<QualificationState, Map<QualificationAction, QualificationState>> TABLE =
            new EnumMap<>(QualificationState.class);

    static {
        TABLE.put(QualificationState.FILED, Map.of(QualificationAction.QUALIFY, QualificationState.QUALIFIED));
        TABLE.put(QualificationState.QUALIFIED, Map.of(
                QualificationAction.SUSPEND, QualificationState.SUSPENDED,
                QualificationAction.RENEW, QualificationState.QUALIFIED,
                QualificationAction.REVOKE, QualificationState.REVOKED));
        TABLE.put(QualificationState.SUSPENDED, Map.of(
                QualificationAction.LIFT, QualificationState.QUALIFIED,
                QualificationAction.REVOKE, QualificationState.REVOKED));
        TABLE.put(QualificationState.EXPIRED, Map.of(
                QualificationAction.RENEW, QualificationState.QUALIFIED,
                QualificationAction.REVOKE, QualificationState.REVOKED));
        TABLE.put(QualificationState.REVOKED, Map.of());
    }

    private QualificationLifecycle() {
    }

    /** The state on a day: a stored QUALIFIED whose validity ended before that day reads as EXPIRED. */
    public static QualificationState effective(QualificationState stored, LocalDate qualifiedUntil, LocalDate on) {
        if (stored == QualificationState.QUALIFIED && qualifiedUntil != null && qualifiedUntil.isBefore(on)) {
            return QualificationState.EXPIRED;
        }
        return stored;
    }

    public static Optional<QualificationState> next(QualificationState from, QualificationAction action) {
        return Optional.ofNullable(TABLE.get(from).get(action));
    }

    /** The actions allowed from a state, in declaration order. */
    public static List<QualificationAction> allowed(QualificationState from) {
        return TABLE.get(from).keySet().stream().sorted().toList();
    }

    /** Whether an action starts a new validity period. */
    public static boolean startsValidity(QualificationAction action) {
        return action == QualificationAction.QUALIFY || action == QualificationAction.RENEW;
    }
}
