package org.anju.common.blds;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.common.paging.Page;

/**
 * The answer of a BLDS export page in the form the caller accepts: JSON ({@code items}, {@code nextCursor}) or CSV
 * (see {@link BldsCsv}); either way the next page is also linked in a {@code Link: <…>; rel="next"} header (RFC 8288),
 * the same request with {@code cursor} set, so CSV harvesters need not parse a body to go on.
 */
public final class BldsResponses {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    private BldsResponses() {
    }

    public static <T> Response page(Page<T> page, Class<T> rowType, HttpHeaders headers, UriInfo uri) {
        Response.ResponseBuilder answer = wantsCsv(headers)
                ? Response.ok(BldsCsv.write(rowType, page.items()), CSV)
                : Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        if (page.nextCursor() != null) {
            // relative (path and query): behind the gateway the service's own host is not the caller's
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            answer.header(HttpHeaders.LINK, "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** Whether the most preferred acceptable type that we serve is CSV (JSON when nothing is said). */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && ("csv".equals(type.getSubtype()) || type.isWildcardSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
