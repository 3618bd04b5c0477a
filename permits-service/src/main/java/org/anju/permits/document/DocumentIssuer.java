package org.anju.permits.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.problem.ProblemException;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.permit.Permit;

/** Issues the book and the certificate with gap-free numbers, and re-issues a corrected one under the same number. */
@ApplicationScoped
public class DocumentIssuer {

    private final DocumentNumbers numbers;
    private final PermitDocumentRepository documents;

    public DocumentIssuer(DocumentNumbers numbers, PermitDocumentRepository documents) {
        this.numbers = numbers;
        this.documents = documents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PermitDocument issue(Permit permit, DocumentKind kind, LocalDate validUntil, String by) {
        PermitDocument d = new PermitDocument();
        d.id = UUID.randomUUID();
        d.permitId = permit.id;
        d.kind = kind;
        d.number = numbers.next(permit.countyCode, HolidayCalendar.today().getYear(), kind);
        d.revision = 1;
        d.issuedAt = OffsetDateTime.now();
        d.issuedBy = by;
        d.validUntil = validUntil;
        documents.persist(d);
        return d;
    }

    /** A corrected document: same number, next revision, the reason kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PermitDocument reissue(Permit permit, DocumentKind kind, String reason, String by) {
        PermitDocument last = documents.latest(permit.id, kind).orElseThrow(() -> ProblemException.conflict(
                "document-not-issued", "文书尚未签发", "Document not issued",
                "The build has no " + kind + " to re-issue").with("currentState", permit.state));
        PermitDocument d = new PermitDocument();
        d.id = UUID.randomUUID();
        d.permitId = permit.id;
        d.kind = kind;
        d.number = last.number;
        d.revision = last.revision + 1;
        d.issuedAt = OffsetDateTime.now();
        d.issuedBy = by;
        d.validUntil = last.validUntil;
        d.reason = reason;
        documents.persist(d);
        return d;
    }
}
