package org.anju.permits.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An issued book (选址意见书) or certificate (乡村建设规划许可证); a re-issue is a new row with the same number. */
@Entity
@Table(name = "permit_document")
public class PermitDocument extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    public String number;
    public int revision;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    public String reason;
}
