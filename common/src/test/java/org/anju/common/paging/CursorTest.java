package org.anju.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.anju.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsSortKeys() {
        List<JsonNode> keys = Cursor.decode(Cursor.encode("青石施工队", 42L), 2);
        assertEquals("青石施工队", keys.get(0).asText());
        assertEquals(42L, keys.get(1).asLong());
    }

    @Test
    void firstPageHasNoKeys() {
        assertTrue(Cursor.decode(null, 2).isEmpty());
    }

    @Test
    void refusesAForgedCursorWith400() {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode("not-a-cursor", 2));
        assertEquals(400, e.status());
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void capsPageSizeAndRefusesZero() {
        assertEquals(Cursor.MAX_LIMIT, Cursor.limit(10_000));
        assertEquals(Cursor.DEFAULT_LIMIT, Cursor.limit(null));
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.limit(0)).status());
    }
}
