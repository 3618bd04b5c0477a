package org.anju.registry.rules;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The register's county rules, one row per county. */
@ApplicationScoped
public class RegistryRulesRepository implements PanacheRepositoryBase<RegistryRules, String> {
}
