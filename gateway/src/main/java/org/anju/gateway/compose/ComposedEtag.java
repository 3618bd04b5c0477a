package org.anju.gateway.compose;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ETag of a composed answer (a hash of its parts) and the 304 when the phone already holds it. */
final class ComposedEtag {

    private ComposedEtag() {
    }

    static Response answer(ObjectMapper json, JsonNode body, String ifNoneMatch) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String tag = tag(bytes);
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t).map(t -> t.replace("--gzip\"", "\""))
                .anyMatch(t -> t.equals("\"" + tag + "\"")))) {
            return Response.notModified(new EntityTag(tag)).build();
        }
        return Response.ok(new String(bytes, StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(tag)).build();
    }

    static String tag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
