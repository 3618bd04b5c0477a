package org.anju.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.anju.gateway.security.JwtConfig;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.logging.Log;

/**
 * Issues, rotates and revokes refresh tokens (OAuth 2.0 Security BCP 4.14): every use gives a new token and retires
 * the old one; an old token presented again means it was copied, so its whole family is revoked.
 */
@ApplicationScoped
public class RefreshTokens implements PanacheRepositoryBase<RefreshToken, UUID> {

    public static final String ROTATED = "rotated";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JwtConfig config;

    public RefreshTokens(JwtConfig config) {
        this.config = config;
    }

    /** A new refresh token in plain text (handed out once) and when it expires. */
    public record Issued(String token, long expiresIn) {
    }

    /** Must run inside the caller's transaction. */
    public Issued issue(UUID userId, UUID familyId, OffsetDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long ttl = config.refreshTokenTtl().toSeconds();
        persist(new RefreshToken(hash(token), userId, familyId == null ? UUID.randomUUID() : familyId, now,
                now.plusSeconds(ttl)));
        return new Issued(token, ttl);
    }

    /**
     * The live token row for this text, locked for update so two concurrent uses cannot both rotate it; empty when
     * unknown, expired or revoked (a rotated token coming back revokes its family first). Inside a transaction.
     */
    public Optional<RefreshToken> use(String token, OffsetDateTime now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<RefreshToken> found = find("tokenHash", hash(token)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken row = found.get();
        if (row.revoked()) {
            if (ROTATED.equals(row.revokedReason())) {
                Log.warnf("Refresh token of family %s reused after rotation: revoking the family", row.familyId());
                revokeFamily(row.familyId(), "reuse-detected");
            }
            return Optional.empty();
        }
        if (!row.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return found;
    }

    public void revokeFamily(UUID familyId, String reason) {
        update("revokedAt = ?1, revokedReason = ?2 where familyId = ?3 and revokedAt is null",
                OffsetDateTime.now(), reason, familyId);
    }

    public void revokeAllOf(UUID userId, String reason) {
        update("revokedAt = ?1, revokedReason = ?2 where userId = ?3 and revokedAt is null",
                OffsetDateTime.now(), reason, userId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
