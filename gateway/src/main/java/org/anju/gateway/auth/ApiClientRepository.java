package org.anju.gateway.auth;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** API clients by their public client id. */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    public Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }
}
