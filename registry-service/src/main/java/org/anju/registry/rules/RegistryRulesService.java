package org.anju.registry.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.security.Caller;
import org.anju.registry.support.Clock;

import io.quarkus.runtime.StartupEvent;

/** Reads and changes the register's county rules; every county served starts with the defaults. */
@ApplicationScoped
public class RegistryRulesService {

    private final RegistryRulesRepository rules;
    private final Divisions divisions;
    private final EntityManager em;

    public RegistryRulesService(RegistryRulesRepository rules, Divisions divisions, EntityManager em) {
        this.rules = rules;
        this.divisions = divisions;
        this.em = em;
    }

    /** Seeds the defaults; several replicas starting at once insert the row once. */
    @Transactional
    void seedDefaults(@Observes StartupEvent start) {
        for (var county : divisions.counties()) {
            em.createNativeQuery("insert into registry_rules (county_code, minimum_credit_score, updated_at, updated_by) "
                    + "values (?1, ?2, ?3, 'system') on conflict do nothing")
                    .setParameter(1, county.countyPrefix()).setParameter(2, RegistryRules.DEFAULT_MINIMUM_CREDIT_SCORE)
                    .setParameter(3, Clock.now()).executeUpdate();
        }
    }

    /** The county a caller's rules are: the county of the token when this deployment serves it, else the first. */
    public String countyOf(Caller caller) {
        return caller.county().filter(c -> divisions.counties().stream().anyMatch(d -> d.countyPrefix().equals(c)))
                .orElseGet(() -> divisions.counties().get(0).countyPrefix());
    }

    public RegistryRules get(String countyCode) {
        return rules.findByIdOptional(countyCode)
                .orElseThrow(() -> new IllegalStateException("No registry rules for county " + countyCode));
    }

    /** The minimum credit score of the county a township belongs to (the default for a county not served). */
    public int minimumCreditScore(String townshipCode) {
        String county = townshipCode == null || townshipCode.length() < 6 ? null : townshipCode.substring(0, 6);
        return county == null ? RegistryRules.DEFAULT_MINIMUM_CREDIT_SCORE
                : rules.findByIdOptional(county).map(r -> r.minimumCreditScore)
                        .orElse(RegistryRules.DEFAULT_MINIMUM_CREDIT_SCORE);
    }

    @Transactional
    public RegistryRules update(String countyCode, String ifMatch, RegistryRulesView change, String by) {
        RegistryRules r = get(countyCode);
        Versions.requireMatch(ifMatch, r.version);
        r.minimumCreditScore = change.minimumCreditScore();
        r.updatedAt = Clock.now();
        r.updatedBy = by;
        rules.flush();
        return r;
    }
}
