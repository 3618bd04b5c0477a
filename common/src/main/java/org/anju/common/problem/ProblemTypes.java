package org.anju.common.problem;

/** The stable type URIs of the error kinds every service shares; rule types are built with {@link #uri}. */
public final class ProblemTypes {

    public static final String PREFIX = "urn:anju:problem:";
    public static final String VALIDATION = "validation";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String NOT_FOUND = "not-found";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String UNEXPECTED = "unexpected";

    private ProblemTypes() {
    }

    public static String uri(String slug) {
        return slug.startsWith(PREFIX) ? slug : PREFIX + slug;
    }
}
