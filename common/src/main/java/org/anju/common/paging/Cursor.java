package org.anju.common.paging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/**
 * An opaque keyset cursor: the sort-key values of the last row of a page, as base64url JSON. Lists answer in a stable
 * order (e.g. name, then id) and continue strictly after these values, so no row is skipped or repeated.
 */
public final class Cursor {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {
    }

    public static String encode(Object... sortKeys) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(sortKeys));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sort-key values of a cursor, or an empty list for the first page; 400 when the cursor is not ours. */
    public static List<JsonNode> decode(String cursor, int expectedKeys) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (node == null || !node.isArray() || node.size() != expectedKeys) {
                throw invalid();
            }
            List<JsonNode> values = new ArrayList<>();
            node.forEach(values::add);
            return values;
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    /** The page size to use: the default when absent, capped at {@link #MAX_LIMIT}; 400 when below 1. */
    public static int limit(Integer requested) {
        return limit(requested, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** The page size of a list with its own default and cap (bulk exports take larger pages); 400 when below 1. */
    public static int limit(Integer requested, int defaultLimit, int maxLimit) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1) {
            throw ProblemException.invalid(new FieldViolation("limit", "min", "limit must be at least 1",
                    "每页条数至少为 1", requested));
        }
        return Math.min(requested, maxLimit);
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                "cursor is not one this list handed out", "分页游标无效"));
    }
}
