package org.anju.gateway.account;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.common.security.Role;

/** A person's account: credentials, roles, county and townships, and the lockout state of failed logins. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private String[] roles;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(nullable = false)
    private String[] townships;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(UUID id, String username, String displayName, String passwordHash, List<Role> roles,
            String countyCode, List<String> townships, OffsetDateTime now) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = wire(roles);
        this.countyCode = countyCode;
        this.townships = townships.toArray(String[]::new);
        this.enabled = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what a county admin may change; the version moves on. */
    public void update(String displayName, List<Role> roles, List<String> townships, boolean enabled,
            OffsetDateTime now) {
        this.displayName = displayName;
        this.roles = wire(roles);
        this.townships = townships.toArray(String[]::new);
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public void disable(OffsetDateTime now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    /** A new password also lifts a lockout: the admin has spoken to the person. */
    public void resetPassword(String newHash, OffsetDateTime now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    private static String[] wire(List<Role> roles) {
        return roles.stream().map(Role::wireName).toArray(String[]::new);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public List<Role> roles() {
        return Arrays.stream(roles).map(Role::fromWire).toList();
    }

    public String countyCode() {
        return countyCode;
    }

    public List<String> townships() {
        return List.of(townships);
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime lastLoginAt() {
        return lastLoginAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
