package org.anju.permits.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issued book or certificate revision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document", requiredProperties = { "kind", "number", "revision", "issuedAt" })
public record DocumentView(DocumentKind kind, @Schema(examples = "369901-2026-000123") String number,
        @Schema(examples = "1") int revision, OffsetDateTime issuedAt, String issuedBy, LocalDate validUntil,
        String reason) {

    public static DocumentView of(PermitDocument d) {
        return new DocumentView(d.kind, d.number, d.revision, d.issuedAt, d.issuedBy, d.validUntil, d.reason);
    }
}
