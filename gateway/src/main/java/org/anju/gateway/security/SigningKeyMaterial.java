package org.anju.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the gateway's RS256 signing key pair: PEM text from configuration, else PEM files, else (development only) a
 * key pair generated once into a file outside the repository. Plain Java: it runs while configuration is built.
 */
public final class SigningKeyMaterial {

    public static final String PRIVATE_KEY = "anju.jwt.private-key";
    public static final String PUBLIC_KEY = "anju.jwt.public-key";
    public static final String PRIVATE_KEY_LOCATION = "anju.jwt.private-key-location";
    public static final String PUBLIC_KEY_LOCATION = "anju.jwt.public-key-location";
    public static final String DEV_KEY_GENERATE = "anju.jwt.dev-key.generate";
    public static final String DEV_KEY_FILE = "anju.jwt.dev-key.file";

    private SigningKeyMaterial() {
    }

    /** The key pair the configuration names, or empty when none is configured and generation is off. */
    public static Optional<KeyPair> resolve(Function<String, Optional<String>> config) {
        Optional<String> privatePem = config.apply(PRIVATE_KEY)
                .or(() -> config.apply(PRIVATE_KEY_LOCATION).map(SigningKeyMaterial::read));
        Optional<String> publicPem = config.apply(PUBLIC_KEY)
                .or(() -> config.apply(PUBLIC_KEY_LOCATION).map(SigningKeyMaterial::read));
        if (privatePem.isPresent()) {
            PrivateKey privateKey = parsePrivate(privatePem.get());
            PublicKey derived = derivePublic(privateKey);
            if (publicPem.isPresent() && !parsePublic(publicPem.get()).equals(derived)) {
                throw new IllegalStateException("The configured JWT public key does not belong to the private key ("
                        + PUBLIC_KEY + " / " + PRIVATE_KEY + ")");
            }
            return Optional.of(new KeyPair(derived, privateKey));
        }
        if (config.apply(DEV_KEY_GENERATE).map(Boolean::parseBoolean).orElse(false)) {
            String file = config.apply(DEV_KEY_FILE)
                    .orElse(System.getProperty("user.home") + "/.anju/gateway-dev-jwt-private.pem");
            PrivateKey privateKey = parsePrivate(readOrGenerate(Path.of(file)));
            return Optional.of(new KeyPair(derivePublic(privateKey), privateKey));
        }
        return Optional.empty();
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String pem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static PrivateKey parsePrivate(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("The JWT private key is PKCS#1; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT private key is not an RSA PKCS#8 PEM key", e);
        }
    }

    public static PublicKey parsePublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT public key is not an RSA X.509 PEM key", e);
        }
    }

    public static RSAPublicKey derivePublic(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The JWT private key must be an RSA key with its CRT parameters");
        }
        try {
            BigInteger modulus = crt.getModulus();
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            Path temp = Files.createTempFile(dir, ".jwt", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(temp, pem(generate().getPrivate()));
            try {
                // another process may have won the race: its key is the one everybody uses
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development JWT key " + file, e);
        }
    }

    private static String read(String location) {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No JWT key resource " + resource + " on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the JWT key resource " + resource, e);
            }
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWT key file " + path, e);
        }
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
