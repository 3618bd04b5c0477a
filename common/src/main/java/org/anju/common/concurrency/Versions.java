package org.anju.common.concurrency;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** Optimistic concurrency over HTTP: a record's version is its ETag, and a write must name it in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses with 428 when If-Match is missing and 412 when it names another version than the current one,
     * so that no write silently overwrites a change the caller has not seen.
     */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "缺少 If-Match 版本号", "If-Match required",
                    "Send the ETag you read in If-Match, so that a concurrent change is not overwritten",
                    List.of(new FieldViolation("If-Match", "required", "If-Match header is required",
                            "必须提供 If-Match 请求头")))
                    .with("currentVersion", current);
        }
        String expected = Long.toString(current);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || strip(tag).equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "stale-version", "记录已被他人修改", "Stale version",
                "The record is at version " + current + " but the request was based on " + ifMatch.trim()
                        + "; read it again and reapply the change",
                List.of(new FieldViolation("If-Match", "stale-version", "Record changed since it was read",
                        "读取后记录已被修改")))
                .with("currentVersion", current);
    }

    private static String strip(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
