package org.anju.inspections.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Photo types are told by their first bytes only. */
class PhotoTypeTest {

    private static Optional<String> sniff(byte[] b) {
        return PhotoType.sniff(b, b.length);
    }

    @Test
    void jpegPngAndHeicAreRecognised() {
        assertEquals(Optional.of("image/jpeg"), sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x0E }));
        assertEquals(Optional.of("image/png"), sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }));
        assertEquals(Optional.of("image/heic"), sniff(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' }));
    }

    @Test
    void pdfExecutablesOtherContainersAndTinyBodiesAreNot() {
        assertTrue(sniff("%PDF-1.7 ....".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 }).isEmpty());
        assertTrue(sniff(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 }).isEmpty());
        assertTrue(sniff(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }).isEmpty());
        assertTrue(sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 }).isEmpty());
    }
}
