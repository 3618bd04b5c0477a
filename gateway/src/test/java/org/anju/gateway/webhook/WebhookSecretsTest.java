package org.anju.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.anju.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
            11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 });

    private final WebhookSecrets box = new WebhookSecrets(Optional.of(KEY));

    @Test
    void aSecretComesBackOnlyForItsOwnSubscriptionUnderTheSameKey() {
        UUID id = UUID.randomUUID();
        String secret = "the-county-hall-secret-0123456789";
        String stored = box.encrypt(id, secret);
        assertFalse(stored.contains(secret));
        assertEquals(secret, box.decrypt(id, stored));
        assertNotEquals(stored, box.encrypt(id, secret), "a fresh IV each time");
        assertThrows(IllegalStateException.class, () -> box.decrypt(UUID.randomUUID(), stored));
        WebhookSecrets other = new WebhookSecrets(Optional.of(Base64.getEncoder().encodeToString(new byte[32])));
        assertThrows(IllegalStateException.class, () -> other.decrypt(id, stored));
        byte[] sealed = Base64.getDecoder().decode(stored.substring("v1:".length()));
        sealed[20] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(sealed);
        assertThrows(IllegalStateException.class, () -> box.decrypt(id, tampered));
    }

    @Test
    void generatedSecretsAreLongAndDifferent() {
        String a = box.generate();
        assertEquals(43, a.length());
        assertTrue(SubscriptionRules.secret(a).isEmpty());
        assertNotEquals(a, box.generate());
    }

    @Test
    void withoutAKeyNothingIsStoredAndTheAnswerIs503() {
        WebhookSecrets none = new WebhookSecrets(Optional.empty());
        assertFalse(none.available());
        ProblemException e = assertThrows(ProblemException.class, () -> none.encrypt(UUID.randomUUID(), "x"));
        assertEquals(503, e.status());
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookSecrets(Optional.of(Base64.getEncoder().encodeToString(new byte[20]))));
        assertThrows(IllegalArgumentException.class, () -> new WebhookSecrets(Optional.of("not base64 !")));
    }
}
