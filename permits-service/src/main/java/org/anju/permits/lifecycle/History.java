package org.anju.permits.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.permits.permit.Permit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The append-only, hash-chained history of each build: every entry stores sha256(previous hash | its own content), so
 * changing or removing an entry breaks the chain of every later one. The database refuses UPDATE and DELETE anyway.
 */
@ApplicationScoped
public class History implements PanacheRepositoryBase<HistoryEntry, Long> {

    public static final String GENESIS = "0".repeat(64);

    private final ObjectMapper json;

    public History(ObjectMapper json) {
        this.json = json;
    }

    /** Who did it: a user in a role, or a system (an event from another service). */
    public record Actor(String user, String role) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public HistoryEntry append(Permit permit, String action, PermitState from, PermitState to, Actor actor,
            String reason, Map<String, Object> changes) {
        return append(permit, action, from, to, actor, reason, changes, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** An entry of a moment other than now (the demo loader's builds, which happened over past months). */
    @Transactional(Transactional.TxType.MANDATORY)
    public HistoryEntry append(Permit permit, String action, PermitState from, PermitState to, Actor actor,
            String reason, Map<String, Object> changes, OffsetDateTime occurredAt) {
        HistoryEntry e = new HistoryEntry();
        e.id = UUID.randomUUID();
        e.permitId = permit.id;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.actor = actor.user();
        e.actorRole = actor.role();
        e.townshipCode = permit.townshipCode;
        e.reason = reason;
        try {
            e.changes = changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        e.occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        e.prevHash = find("permitId = ?1 order by seq desc", permit.id).firstResultOptional().map(h -> h.hash)
                .orElse(GENESIS);
        e.hash = hash(e);
        persist(e);
        return e;
    }

    public List<HistoryEntry> of(UUID permitId) {
        return list("permitId = ?1 order by seq", permitId);
    }

    /** Whether every entry's hash matches its content and its predecessor. */
    public static boolean chainIntact(List<HistoryEntry> entries) {
        String prev = GENESIS;
        for (HistoryEntry e : entries) {
            if (!prev.equals(e.prevHash) || !hash(e).equals(e.hash)) {
                return false;
            }
            prev = e.hash;
        }
        return true;
    }

    static String hash(HistoryEntry e) {
        String content = String.join("|", e.id.toString(), e.permitId.toString(), e.action, String.valueOf(e.fromState),
                String.valueOf(e.toState), e.actor, e.actorRole, String.valueOf(e.townshipCode),
                String.valueOf(e.reason), String.valueOf(e.changes),
                e.occurredAt.toInstant().truncatedTo(ChronoUnit.MICROS).toString());
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(e.prevHash.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '|');
            d.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
