package org.anju.permits.permit;

/** Existing-house safety grade (房屋安全鉴定): A safe, B some members dangerous, C local danger, D whole building dangerous. */
public enum SafetyGrade {
    A, B, C, D;

    public boolean dangerous() {
        return this == C || this == D;
    }
}
