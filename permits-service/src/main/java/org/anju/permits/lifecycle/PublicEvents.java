package org.anju.permits.lifecycle;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.outbox.Outbox;
import org.anju.permits.permit.Permit;

/**
 * The moves of a build that outside systems may subscribe to through the gateway's webhooks, recorded in the outbox
 * in the transaction of the move: no move, no event. The payload names the build and where it is, never a person.
 */
@ApplicationScoped
public class PublicEvents {

    /** The outbox destination: the gateway's event receiver ({@code anju.outbox.destinations.gateway.url}). */
    public static final String GATEWAY = "gateway";

    private final Outbox outbox;

    public PublicEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The public event type of an action, or null when the action is not published. */
    static String type(Action action) {
        return switch (action) {
            case SUBMIT -> "application.submitted";
            case ISSUE_BOOK -> "book.issued";
            case ISSUE_CERTIFICATE -> "certificate.issued";
            case COMPLETE -> "build.completed";
            default -> null;
        };
    }

    /**
     * Records the public event of a move that has just been applied to {@code p}, if the action has one.
     *
     * @param changes the history entry's changes, which hold the number of a book or certificate just issued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Permit p, Action action, Map<String, Object> changes, OffsetDateTime at) {
        String type = type(action);
        if (type == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("permitId", p.id);
        data.put("applicationNumber", p.applicationNumber);
        Object document = action == Action.ISSUE_BOOK ? changes.get("book")
                : action == Action.ISSUE_CERTIFICATE ? changes.get("certificate") : null;
        if (document != null) {
            data.put("documentNumber", document);
        }
        data.put("county", p.countyCode);
        data.put("township", p.townshipCode);
        data.put("village", p.villageCode);
        data.put("state", p.state);
        data.put("track", p.track);
        data.put("occurredAt", at);
        outbox.publish(GATEWAY, type, p.id.toString(), data);
    }
}
