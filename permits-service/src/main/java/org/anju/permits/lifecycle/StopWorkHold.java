package org.anju.permits.lifecycle;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.permits.permit.Permit;

/**
 * What a stop-work notice of inspections-service does to a build: from the moment permits-service learns of it the
 * notice holds the build (suspended if it can be, and in any state nothing but {@link Transitions#UNDER_STOP_WORK}
 * moves it), and only its lift lets the build go on, back to the state it was suspended from.
 */
@ApplicationScoped
public class StopWorkHold {

    static final String RECORDED = "stop-work-recorded";
    static final String LIFTED = "stop-work-lifted";

    private final PermitLifecycle lifecycle;
    private final History history;

    public StopWorkHold(PermitLifecycle lifecycle, History history) {
        this.lifecycle = lifecycle;
        this.history = history;
    }

    /**
     * A notice was issued: it is recorded on the build, and the build is suspended when its state allows it; a build
     * that is already suspended by hand, or not yet (or no longer) suspendable, keeps its state but is held all the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(Permit p, String noticeId, OffsetDateTime issuedAt, String reason, History.Actor actor) {
        if (noticeId.equals(p.stopWorkNoticeId)) {
            return;
        }
        p.stopWorkNoticeId = noticeId;
        p.stopWorkSince = issuedAt;
        String why = "停工通知 stop-work " + noticeId + (reason == null || reason.isBlank() ? "" : ": " + reason);
        if (!lifecycle.applyIfAllowed(p, Action.SUSPEND, why, actor)) {
            p.updatedAt = OffsetDateTime.now();
            history.append(p, RECORDED, p.state, p.state, actor, why, facts(noticeId, p.state));
        }
    }

    /**
     * A notice was lifted after a passed on-site re-check: the hold ends, and a build the notice suspended returns to
     * where it was. A lift of a notice the build does not carry changes nothing.
     *
     * @return whether the build carried the notice
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lifted(Permit p, String noticeId, History.Actor actor) {
        if (!noticeId.equals(p.stopWorkNoticeId)) {
            return false;
        }
        p.stopWorkNoticeId = null;
        p.stopWorkSince = null;
        String why = "停工解除 stop-work lifted " + noticeId;
        if (p.state == PermitState.SUSPENDED && p.suspendedByStopWork
                && lifecycle.applyIfAllowed(p, Action.RESUME, why, actor)) {
            return true;
        }
        p.updatedAt = OffsetDateTime.now();
        history.append(p, LIFTED, p.state, p.state, actor, why, facts(noticeId, p.state));
        return true;
    }

    private static Map<String, Object> facts(String noticeId, PermitState state) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("stopWorkNoticeId", noticeId);
        changes.put("state", List.of(String.valueOf(state), String.valueOf(state)));
        return changes;
    }
}
