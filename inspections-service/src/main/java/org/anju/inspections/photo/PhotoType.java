package org.anju.inspections.photo;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** Tells a photo's type from its first bytes (magic numbers), never from its name or declared type. */
public final class PhotoType {

    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEAD = 12;

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1");

    private PhotoType() {
    }

    /** {@code image/jpeg}, {@code image/png} or {@code image/heic}; empty for anything else (PDF, executable …). */
    public static Optional<String> sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p'
                && HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.US_ASCII))) {
            return Optional.of("image/heic");
        }
        return Optional.empty();
    }
}
