package org.anju.permits.lifecycle;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.problem.ProblemException;
import org.anju.permits.document.DocumentIssuer;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.PermitDocument;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitRepository;

/** Re-issues a corrected book or certificate under its number with the next revision, recorded in the history. */
@ApplicationScoped
public class ReissueService {

    private static final Set<PermitState> OPEN = EnumSet.of(PermitState.BOOK_ISSUED, PermitState.PERMITTED,
            PermitState.UNDER_CONSTRUCTION, PermitState.SUSPENDED);

    private final PermitRepository permits;
    private final DocumentIssuer documents;
    private final History history;

    public ReissueService(PermitRepository permits, DocumentIssuer documents, History history) {
        this.permits = permits;
        this.documents = documents;
        this.history = history;
    }

    @Transactional
    public Permit reissue(Permit visible, DocumentKind kind, String ifMatch, String reason, History.Actor actor) {
        Permit p = permits.findById(visible.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, p.version);
        if (kind == DocumentKind.APPLICATION || !OPEN.contains(p.state)) {
            throw ProblemException.conflict("reissue-not-allowed", "当前状态不能换发", "Re-issue not allowed",
                    "A " + kind + " cannot be re-issued for a build in state " + p.state)
                    .with("currentState", p.state);
        }
        PermitDocument d = documents.reissue(p, kind, reason, actor.user());
        p.updatedAt = OffsetDateTime.now();
        history.append(p, "reissue-" + kind.name().toLowerCase(), p.state, p.state, actor, reason,
                Map.of(kind.name().toLowerCase(), d.number, "revision", d.revision));
        permits.flush();
        return p;
    }
}
