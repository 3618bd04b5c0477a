package org.anju.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>} in header
 * {@value #SIGNATURE_HEADER}. Signing the timestamp with the body lets a subscriber refuse a captured request replayed
 * later (outside its tolerance window) as well as a forged or altered one.
 */
public final class Signature {

    public static final String ID_HEADER = "Anju-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Anju-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Anju-Webhook-Signature";

    private Signature() {
    }

    /** The header value for this body sent at this time. */
    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    /** Hex HMAC-SHA256 of the UTF-8 message under the UTF-8 secret. */
    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
