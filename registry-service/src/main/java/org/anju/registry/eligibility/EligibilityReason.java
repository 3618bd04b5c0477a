package org.anju.registry.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a crew may not take a new job on a day (the codes of the cross-service contract). */
@Schema(name = "EligibilityReasonCode")
public enum EligibilityReason {
    NOT_QUALIFIED, QUALIFICATION_EXPIRED, SUSPENDED, REVOKED, LEADER_TRAINING_NOT_CURRENT, INSURANCE_LAPSED,
    AT_CONCURRENT_JOB_LIMIT, CREDIT_BELOW_MINIMUM
}
