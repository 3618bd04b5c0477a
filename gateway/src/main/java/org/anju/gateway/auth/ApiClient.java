package org.anju.gateway.auth;

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

/** A bureau or county-hall system that gets tokens with the client-credentials grant; the secret only as a hash. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "secret_hash", nullable = false, length = 100)
    private String secretHash;

    @Column(nullable = false)
    private String[] roles;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(nullable = false)
    private String[] townships;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String displayName, String secretHash, List<Role> roles, String countyCode,
            List<String> townships, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.displayName = displayName;
        this.secretHash = secretHash;
        this.roles = roles.stream().map(Role::wireName).toArray(String[]::new);
        this.countyCode = countyCode;
        this.townships = townships.toArray(String[]::new);
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String clientId() {
        return clientId;
    }

    public String secretHash() {
        return secretHash;
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
}
