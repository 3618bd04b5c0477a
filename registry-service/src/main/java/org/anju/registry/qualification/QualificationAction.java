package org.anju.registry.qualification;

/** What the county admin decides about a crew: qualify, suspend, lift the suspension, revoke, renew. */
public enum QualificationAction {
    QUALIFY, SUSPEND, LIFT, REVOKE, RENEW
}
