package org.anju.gateway.auth;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.gateway.account.UserAccount;
import org.anju.gateway.account.UserAccountRepository;
import org.anju.gateway.security.TokenIssuer;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;

/**
 * Checks credentials and hands out tokens. Refusals are returned, not thrown, so that what they record (a failed
 * attempt, a lockout, a revoked token family) is committed with the transaction.
 */
@ApplicationScoped
public class LoginService {

    /** Compared against when the user does not exist, so that an unknown name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("anju-no-such-user-dummy");

    private final UserAccountRepository accounts;
    private final ApiClientRepository clients;
    private final RefreshTokens refreshTokens;
    private final TokenIssuer issuer;
    private final Lockout lockout;
    private final ServiceClients services;

    public LoginService(UserAccountRepository accounts, ApiClientRepository clients, RefreshTokens refreshTokens,
            TokenIssuer issuer, LoginConfig config, ServiceClients services) {
        this.accounts = accounts;
        this.clients = clients;
        this.services = services;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.lockout = new Lockout(config.maxFailures(), config.lockDuration());
    }

    /** Why a request for tokens was refused. */
    public enum Refusal {
        BAD_CREDENTIALS, LOCKED, DISABLED, INVALID_REFRESH_TOKEN, INVALID_CLIENT
    }

    /** Tokens, or the reason there are none (and, for a lockout, until when). */
    public record Outcome(TokenResponse tokens, Refusal refusal, OffsetDateTime lockedUntil) {

        static Outcome granted(TokenResponse tokens) {
            return new Outcome(tokens, null, null);
        }

        static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal, null);
        }
    }

    @Transactional
    public Outcome login(String username, String password) {
        OffsetDateTime now = now();
        Optional<UserAccount> found = username == null ? Optional.empty()
                : accounts.findByUsername(username.trim().toLowerCase());
        if (found.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            return Outcome.refused(Refusal.BAD_CREDENTIALS);
        }
        UserAccount account = found.get();
        if (lockout.isLocked(account.lockedUntil(), now)) {
            return new Outcome(null, Refusal.LOCKED, account.lockedUntil());
        }
        if (password == null || !BcryptUtil.matches(password, account.passwordHash())) {
            OffsetDateTime lockedUntil = accounts.recordFailure(account.id(), lockout.maxFailures(),
                    lockout.lockUntil(now));
            if (lockout.isLocked(lockedUntil, now)) {
                Log.warnf("Account %s locked until %s after %d failed logins", account.username(), lockedUntil,
                        lockout.maxFailures());
                return new Outcome(null, Refusal.LOCKED, lockedUntil);
            }
            return Outcome.refused(Refusal.BAD_CREDENTIALS);
        }
        if (!account.enabled()) {
            return Outcome.refused(Refusal.DISABLED);
        }
        accounts.recordSuccess(account.id(), now);
        return Outcome.granted(tokensFor(account, null, now));
    }

    @Transactional
    public Outcome refresh(String refreshToken) {
        OffsetDateTime now = now();
        Optional<RefreshToken> used = refreshTokens.use(refreshToken, now);
        if (used.isEmpty()) {
            return Outcome.refused(Refusal.INVALID_REFRESH_TOKEN);
        }
        RefreshToken row = used.get();
        row.revoke(now, RefreshTokens.ROTATED);
        Optional<UserAccount> account = accounts.findByIdOptional(row.userId());
        if (account.isEmpty() || !account.get().enabled() || lockout.isLocked(account.get().lockedUntil(), now)) {
            refreshTokens.revokeFamily(row.familyId(), "account-unavailable");
            return Outcome.refused(Refusal.INVALID_REFRESH_TOKEN);
        }
        return Outcome.granted(tokensFor(account.get(), row.familyId(), now));
    }

    /** Ends the session the refresh token belongs to; an unknown token is quietly ignored (logout is idempotent). */
    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.use(refreshToken, now()).ifPresent(row -> refreshTokens.revokeFamily(row.familyId(), "logout"));
    }

    /** A bureau system (a row of api_client) or one of Anju's own services (configured, group service). */
    @Transactional
    public Outcome clientCredentials(String clientId, String secret) {
        if (clientId != null && services.isService(clientId.trim())) {
            return services.authenticate(clientId.trim(), secret)
                    .map(who -> {
                        TokenIssuer.AccessToken access = issuer.issue(who);
                        return Outcome.granted(TokenResponse.bearer(access.token(), access.expiresIn(), null, null));
                    })
                    .orElseGet(() -> Outcome.refused(Refusal.INVALID_CLIENT));
        }
        Optional<ApiClient> found = clientId == null ? Optional.empty() : clients.findByClientId(clientId.trim());
        if (found.isEmpty()) {
            BcryptUtil.matches(secret == null ? "" : secret, DUMMY_HASH);
            return Outcome.refused(Refusal.INVALID_CLIENT);
        }
        ApiClient client = found.get();
        if (secret == null || !BcryptUtil.matches(secret, client.secretHash()) || !client.enabled()) {
            return Outcome.refused(Refusal.INVALID_CLIENT);
        }
        TokenIssuer.AccessToken access = issuer.issue(new TokenIssuer.Subject(client.clientId(), client.clientId(),
                client.roles(), client.countyCode(), client.townships(), client.clientId()));
        return Outcome.granted(TokenResponse.bearer(access.token(), access.expiresIn(), null, null));
    }

    private TokenResponse tokensFor(UserAccount account, java.util.UUID familyId, OffsetDateTime now) {
        TokenIssuer.AccessToken access = issuer.issue(new TokenIssuer.Subject(account.id().toString(),
                account.username(), account.roles(), account.countyCode(), account.townships(), null));
        RefreshTokens.Issued refresh = refreshTokens.issue(account.id(), familyId, now);
        return TokenResponse.bearer(access.token(), access.expiresIn(), refresh.token(), refresh.expiresIn());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
