package org.anju.registry.qualification;

import static org.anju.registry.qualification.QualificationAction.LIFT;
import static org.anju.registry.qualification.QualificationAction.QUALIFY;
import static org.anju.registry.qualification.QualificationAction.RENEW;
import static org.anju.registry.qualification.QualificationAction.REVOKE;
import static org.anju.registry.qualification.QualificationAction.SUSPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QualificationLifecycleTest {

    @Test
    void filedCrewCanOnlyBeQualified() {
        assertEquals(List.of(QUALIFY), QualificationLifecycle.allowed(QualificationState.FILED));
        assertEquals(Optional.of(QualificationState.QUALIFIED),
                QualificationLifecycle.next(QualificationState.FILED, QUALIFY));
    }

    @Test
    void suspensionIsLiftedBackToQualified() {
        assertEquals(Optional.of(QualificationState.SUSPENDED),
                QualificationLifecycle.next(QualificationState.QUALIFIED, SUSPEND));
        assertEquals(Optional.of(QualificationState.QUALIFIED),
                QualificationLifecycle.next(QualificationState.SUSPENDED, LIFT));
    }

    @Test
    void revokedIsFinal() {
        assertTrue(QualificationLifecycle.allowed(QualificationState.REVOKED).isEmpty());
    }

    @Test
    void expiredCanBeRenewedOrRevokedOnly() {
        assertEquals(List.of(REVOKE, RENEW), QualificationLifecycle.allowed(QualificationState.EXPIRED));
        assertTrue(QualificationLifecycle.next(QualificationState.EXPIRED, SUSPEND).isEmpty());
    }

    @Test
    void qualifiedReadsAsExpiredTheDayAfterItsValidity() {
        LocalDate until = LocalDate.of(2026, 11, 30);
        assertEquals(QualificationState.QUALIFIED,
                QualificationLifecycle.effective(QualificationState.QUALIFIED, until, until));
        assertEquals(QualificationState.EXPIRED,
                QualificationLifecycle.effective(QualificationState.QUALIFIED, until, until.plusDays(1)));
        assertEquals(QualificationState.SUSPENDED,
                QualificationLifecycle.effective(QualificationState.SUSPENDED, until, until.plusDays(1)));
    }
}
