package org.anju.gateway.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.anju.common.problem.ProblemException;

/**
 * Keeps subscribers' signing secrets at rest: AES-GCM (the JDK's) under a key from configuration, each ciphertext
 * bound to its subscription's id, so a secret copied onto another row does not decrypt. The secret must stay
 * recoverable (HMAC needs it), so it cannot be hashed like a password.
 */
public final class WebhookSecrets {

    /**
     * DEVELOPMENT ONLY. This key is public: it is in the source code. It is used only when no key is configured and
     * {@code anju.webhooks.development-key} is on (dev, test and demo data); a real installation sets
     * ANJU_WEBHOOK_SECRET_KEY.
     */
    static final String DEVELOPMENT_KEY = "QU5KVS1ERVZFTE9QTUVOVC1PTkxZLU5PVC1TRUNSRVQ="; // "ANJU-DEVELOPMENT-ONLY-NOT-SECRET"

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** A box with this key (base64 of 16, 24 or 32 bytes), or none: every operation then answers 503. */
    public WebhookSecrets(Optional<String> base64Key) {
        this.key = base64Key.map(WebhookSecrets::aesKey).orElse(null);
    }

    /** From configuration: the configured key, else the development key where allowed, else none. */
    public static WebhookSecrets of(WebhookConfig config) {
        Optional<String> configured = config.secretKey().filter(k -> !k.isBlank());
        return new WebhookSecrets(configured.isPresent() ? configured
                : config.developmentKey() ? Optional.of(DEVELOPMENT_KEY) : Optional.empty());
    }

    private static SecretKey aesKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("anju.webhooks.secret-key is not base64", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("anju.webhooks.secret-key must be 16, 24 or 32 bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public boolean available() {
        return key != null;
    }

    /** A new random secret for a subscriber that did not choose one: 32 bytes, base64url (43 characters). */
    public String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String encrypt(UUID subscriptionId, String secret) {
        SecretKey k = requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subscriptionId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret; IllegalStateException when the ciphertext was made under another key or for another row. */
    public String decrypt(UUID subscriptionId, String stored) {
        SecretKey k = requireKey();
        if (stored == null || !stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Secret of subscription " + subscriptionId + " is not in format v1");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(subscriptionId.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Secret of subscription " + subscriptionId
                    + " does not decrypt: another key (anju.webhooks.secret-key changed?) or another row", e);
        }
    }

    private SecretKey requireKey() {
        if (key == null) {
            throw new ProblemException(503, "webhooks-not-configured", "未配置回调密钥加密密钥",
                    "Webhooks are not configured",
                    "Set ANJU_WEBHOOK_SECRET_KEY (base64 of a 32-byte AES key) so that subscribers' secrets can be "
                            + "stored encrypted");
        }
        return key;
    }
}
