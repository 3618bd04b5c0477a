package org.anju.permits.lifecycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a caller (or an event) does to a build; each is one row of {@link Transitions}. */
public enum Action {
    SUBMIT, VILLAGE_REVIEW, SURVEY, ISSUE_BOOK, ISSUE_CERTIFICATE, ASSIGN_CREW, START_CONSTRUCTION, COMPLETE, ARCHIVE, REJECT,
    WITHDRAW, SUSPEND, RESUME, REVOKE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }

    @JsonCreator
    public static Action fromWire(String value) {
        for (Action a : values()) {
            if (a.wireName().equalsIgnoreCase(value) || a.name().equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action " + value);
    }
}
