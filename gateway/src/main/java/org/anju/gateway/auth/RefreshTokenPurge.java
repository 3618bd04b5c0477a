package org.anju.gateway.auth;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Deletes refresh tokens a day after they expired, so the table holds live logins, not history. */
@ApplicationScoped
public class RefreshTokenPurge {

    private final RefreshTokens tokens;

    public RefreshTokenPurge(RefreshTokens tokens) {
        this.tokens = tokens;
    }

    @Scheduled(every = "${anju.login.purge-every:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    @Transactional
    public long purge() {
        long deleted = tokens.delete("expiresAt < ?1", OffsetDateTime.now().minusDays(1));
        if (deleted > 0) {
            Log.infof("Purged %d expired refresh tokens", deleted);
        }
        return deleted;
    }
}
