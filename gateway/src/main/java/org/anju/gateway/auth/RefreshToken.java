package org.anju.gateway.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A refresh token, kept only as its SHA-256 hash; each use replaces it by a new one of the same family. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_reason", length = 32)
    private String revokedReason;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, UUID userId, UUID familyId, OffsetDateTime issuedAt,
            OffsetDateTime expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.familyId = familyId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public void revoke(OffsetDateTime now, String reason) {
        this.revokedAt = now;
        this.revokedReason = reason;
    }

    public UUID userId() {
        return userId;
    }

    public UUID familyId() {
        return familyId;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public String revokedReason() {
        return revokedReason;
    }
}
