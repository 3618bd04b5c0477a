package org.anju.gateway.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Role;
import org.anju.gateway.auth.RefreshTokens;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;

/** A county admin's account management; every query and change is confined to the admin's own county. */
@ApplicationScoped
public class AccountService {

    private final UserAccountRepository accounts;
    private final AccountRules rules;
    private final RefreshTokens refreshTokens;

    public AccountService(UserAccountRepository accounts, Divisions divisions, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.rules = new AccountRules(divisions);
        this.refreshTokens = refreshTokens;
    }

    @Transactional
    public AccountView create(String county, AccountRequests.Create request, String by) {
        String username = request.username().trim().toLowerCase();
        List<FieldViolation> errors = new ArrayList<>(rules.username(username));
        errors.addAll(rules.scope(request.roles(), raw(request.townships()), county));
        errors.addAll(rules.password("password", request.password(), username));
        refuse(errors);
        if (accounts.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("username-taken", "用户名已被使用", "Username taken",
                    "An account named " + username + " already exists");
        }
        UserAccount account = new UserAccount(UUID.randomUUID(), username, request.displayName().trim(),
                BcryptUtil.bcryptHash(request.password()), sorted(request.roles()), county,
                townships(request.townships()), now());
        accounts.persistAndFlush(account);
        Log.infof("Account %s created by %s", username, by);
        return AccountView.of(account);
    }

    public AccountView get(String county, UUID id) {
        return AccountView.of(find(county, id));
    }

    public Page<AccountView> list(String county, Role role, String township, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        var after = Cursor.decode(cursor, 1);
        List<UserAccount> rows = accounts.page(county, role == null ? null : role.wireName(), township,
                after.isEmpty() ? null : after.get(0).asText(), size + 1);
        boolean more = rows.size() > size;
        List<AccountView> items = rows.stream().limit(size).map(AccountView::of).toList();
        String next = more ? Cursor.encode(items.get(items.size() - 1).username()) : null;
        return new Page<>(items, next);
    }

    @Transactional
    public AccountView update(String county, UUID id, String ifMatch, AccountRequests.Update request, String by) {
        UserAccount account = find(county, id);
        Versions.requireMatch(ifMatch, account.version());
        refuse(rules.scope(request.roles(), raw(request.townships()), county));
        if (!request.enabled() && account.username().equals(by)) {
            throw selfLockout();
        }
        boolean disabling = account.enabled() && !request.enabled();
        account.update(request.displayName().trim(), sorted(request.roles()), townships(request.townships()),
                request.enabled(), now());
        accounts.flush();
        if (disabling) {
            refreshTokens.revokeAllOf(account.id(), "account-disabled");
        }
        Log.infof("Account %s updated by %s", account.username(), by);
        return AccountView.of(account);
    }

    @Transactional
    public AccountView disable(String county, UUID id, String ifMatch, String by) {
        UserAccount account = find(county, id);
        Versions.requireMatch(ifMatch, account.version());
        if (account.username().equals(by)) {
            throw selfLockout();
        }
        account.disable(now());
        accounts.flush();
        refreshTokens.revokeAllOf(account.id(), "account-disabled");
        Log.infof("Account %s disabled by %s", account.username(), by);
        return AccountView.of(account);
    }

    @Transactional
    public AccountView resetPassword(String county, UUID id, String ifMatch, String newPassword, String by) {
        UserAccount account = find(county, id);
        Versions.requireMatch(ifMatch, account.version());
        refuse(rules.password("newPassword", newPassword, account.username()));
        account.resetPassword(BcryptUtil.bcryptHash(newPassword), now());
        accounts.flush();
        refreshTokens.revokeAllOf(account.id(), "password-reset");
        Log.infof("Password of %s reset by %s", account.username(), by);
        return AccountView.of(account);
    }

    /** An account of another county answers 404, so its existence is not revealed. */
    private UserAccount find(String county, UUID id) {
        return accounts.findByIdOptional(id).filter(a -> a.countyCode().equals(county))
                .orElseThrow(() -> ProblemException.notFound("Account", id));
    }

    private static ProblemException selfLockout() {
        return ProblemException.ruleViolated("self-disable", "不能停用自己的账号", "Cannot disable yourself",
                "An admin cannot disable the account they are using; ask another county admin",
                List.of(new FieldViolation("enabled", "self-disable", "Cannot disable your own account",
                        "不能停用自己的账号")));
    }

    private static void refuse(List<FieldViolation> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "请求参数无效", "Invalid request",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are invalid",
                    errors);
        }
    }

    private static List<Role> sorted(java.util.Collection<Role> roles) {
        return roles.stream().sorted().toList();
    }

    private static List<String> townships(List<String> townships) {
        return townships == null ? List.of() : townships.stream().distinct().sorted().toList();
    }

    private static List<String> raw(List<String> townships) {
        return townships == null ? List.of() : townships;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
