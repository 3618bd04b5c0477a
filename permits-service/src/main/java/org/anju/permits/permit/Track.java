package org.anju.permits.permit;

/** Below the limit the township supervises and approves; above it the county housing bureau does. */
public enum Track {
    BELOW_LIMIT, ABOVE_LIMIT
}
