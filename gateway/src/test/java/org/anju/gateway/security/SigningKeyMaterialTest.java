package org.anju.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the signing key comes from, without Quarkus. */
class SigningKeyMaterialTest {

    private static Optional<KeyPair> resolve(Map<String, String> config) {
        return SigningKeyMaterial.resolve(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void noKeyAndNoGenerationMeansNoKey() {
        assertTrue(resolve(Map.of()).isEmpty());
        assertTrue(resolve(Map.of(SigningKeyMaterial.DEV_KEY_GENERATE, "false")).isEmpty());
    }

    @Test
    void pemTextGivesTheKeyPairWithItsPublicHalfDerived() {
        KeyPair pair = SigningKeyMaterial.generate();
        KeyPair resolved = resolve(Map.of(SigningKeyMaterial.PRIVATE_KEY, SigningKeyMaterial.pem(pair.getPrivate()),
                SigningKeyMaterial.PUBLIC_KEY, SigningKeyMaterial.pem(pair.getPublic()))).orElseThrow();
        assertEquals(pair.getPublic(), resolved.getPublic());
        assertEquals(pair.getPrivate(), resolved.getPrivate());
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefused() {
        String privatePem = SigningKeyMaterial.pem(SigningKeyMaterial.generate().getPrivate());
        String otherPublic = SigningKeyMaterial.pem(SigningKeyMaterial.generate().getPublic());
        assertThrows(IllegalStateException.class, () -> resolve(Map.of(SigningKeyMaterial.PRIVATE_KEY, privatePem,
                SigningKeyMaterial.PUBLIC_KEY, otherPublic)));
    }

    @Test
    void pemFileIsRead(@TempDir Path dir) throws Exception {
        KeyPair pair = SigningKeyMaterial.generate();
        Path file = dir.resolve("private.pem");
        Files.writeString(file, SigningKeyMaterial.pem(pair.getPrivate()));
        assertEquals(pair.getPublic(), resolve(Map.of(SigningKeyMaterial.PRIVATE_KEY_LOCATION, "file:" + file))
                .orElseThrow().getPublic());
    }

    @Test
    void developmentKeyIsGeneratedOnceAndReused(@TempDir Path dir) {
        Path file = dir.resolve("sub/dev.pem");
        Map<String, String> config = Map.of(SigningKeyMaterial.DEV_KEY_GENERATE, "true",
                SigningKeyMaterial.DEV_KEY_FILE, file.toString());
        KeyPair first = resolve(config).orElseThrow();
        KeyPair second = resolve(config).orElseThrow();
        assertTrue(Files.exists(file));
        assertEquals(first.getPublic(), second.getPublic());
    }

    @Test
    void pkcs1KeyIsRefusedWithTheConversionCommand() {
        var e = assertThrows(IllegalStateException.class, () -> SigningKeyMaterial.parsePrivate(
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"));
        assertTrue(e.getMessage().contains("openssl pkcs8"));
    }
}
