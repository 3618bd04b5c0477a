package org.anju.common.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.outbox.Outbox;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DESIGN.md section 6: every read of a personal record by a bureau is logged, who, what and when, in the audit log the
 * county admin queries at the gateway. The service that served the read reports it through its outbox (destination
 * {@code gateway}, event {@value #EVENT_TYPE}), so the entry survives the gateway being down and arrives once.
 */
@ApplicationScoped
public class PersonalReads {

    public static final String EVENT_TYPE = "personal-record.read";
    public static final String DESTINATION = "gateway";

    private final Outbox outbox;
    private final String service;

    public PersonalReads(Outbox outbox, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.outbox = outbox;
        this.service = application.endsWith("-service") ? application.substring(0, application.length() - 8)
                : application;
    }

    /** Reports the read when the caller reads as a bureau; other callers' reads are not personal-data disclosures. */
    @Transactional
    public void readBy(Caller caller, String recordType, Object recordId, String path) {
        if (!caller.has(Role.BUREAU_READER)) {
            return;
        }
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("actor", caller.user());
        read.put("actorRole", Role.BUREAU_READER.wireName());
        read.put("county", caller.county().orElse(null));
        read.put("service", service);
        read.put("recordType", recordType);
        read.put("recordId", String.valueOf(recordId));
        read.put("path", path);
        outbox.publish(DESTINATION, EVENT_TYPE, String.valueOf(recordId), read);
    }
}
