package org.anju.registry.eligibility;

/** Why a crew may not take a new job on a day (the codes of the cross-service contract). */
public enum EligibilityReason {
    NOT_QUALIFIED, QUALIFICATION_EXPIRED, SUSPENDED, REVOKED, LEADER_TRAINING_NOT_CURRENT, INSURANCE_LAPSED,
    AT_CONCURRENT_JOB_LIMIT, CREDIT_BELOW_MINIMUM
}
