package org.anju.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/**
 * Runs a write at most once per {@code Idempotency-Key}: the first successful answer is stored in the same
 * transaction as the write and replayed, byte for byte, to every retry with the same key and the same request.
 * A failed write stores nothing, so a retry is evaluated afresh.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper json;

    public IdempotentRequests(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * @param key the caller's Idempotency-Key, or null to just run the action
     * @param scope who and what the key belongs to, e.g. {@code "POST /api/v1/crews"}
     * @param request the request body (its hash tells a retry from a different request under the same key)
     * @param action the write; its response entity is serialised as JSON for replays
     */
    @Transactional
    public Response execute(String key, String scope, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(new FieldViolation(HEADER, "idempotency-key-format",
                    "Idempotency-Key must be 1 to 200 characters", "Idempotency-Key 须为 1 至 200 个字符"));
        }
        String hash = hash(scope, request);
        int inserted = em.createNativeQuery("insert into idempotency_key (scope, key, request_hash) values (?1, ?2, ?3) "
                + "on conflict do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (inserted == 0) {
            return replay(scope, key, hash);
        }
        Response response = action.get();
        String body = serialise(response.getEntity());
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        em.createNativeQuery("update idempotency_key set status = ?1, location = ?2, etag = ?3, body = ?4 "
                + "where scope = ?5 and key = ?6")
                .setParameter(1, response.getStatus()).setParameter(2, location).setParameter(3, etag)
                .setParameter(4, body).setParameter(5, scope).setParameter(6, key).executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, location, etag, body "
                + "from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "幂等键已用于另一个请求",
                    "Idempotency-Key reused for a different request",
                    "The key " + key + " was first used with a different request body; use a new key for a new request",
                    List.of(new FieldViolation(HEADER, "idempotency-key-reused",
                            "This key belongs to a different request", "此幂等键属于另一个请求")));
        }
        Response.ResponseBuilder b = Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            b.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            b.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            b.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return b.build();
    }

    private String hash(String scope, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash request for idempotency", e);
        }
    }

    private String serialise(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store response for idempotency", e);
        }
    }
}
