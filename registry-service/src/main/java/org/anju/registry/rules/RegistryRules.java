package org.anju.registry.rules;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The register's county rules, changed at run time by the county admin (the minimum credit score of a crew). */
@Entity
@Table(name = "registry_rules")
public class RegistryRules {

    /** The minimum credit score of a county that never changed it (DESIGN.md: scores start at 100). */
    public static final int DEFAULT_MINIMUM_CREDIT_SCORE = 60;

    @Id
    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "minimum_credit_score", nullable = false)
    public int minimumCreditScore;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
