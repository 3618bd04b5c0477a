package org.anju.gateway.front;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links an outside client is given ({@code Location}, {@code Link}) name the gateway's public address
 * ({@code anju.public-url}, ANJU_PUBLIC_URL), never a service behind it nor the address the gateway was reached by
 * inside the network: every such link points at one of Anju's own resources, so its scheme and authority are replaced
 * (a path-only reference gets them), path and query kept.
 */
@ApplicationScoped
public class PublicLinks {

    /** An absolute http(s) URL's scheme and authority, or the start of a path-only reference. */
    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]*)?(?=/)|^https?://[^/?#]*$");
    /** Each {@code <uri-reference>} of a Link header (RFC 8288). */
    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

    private final String base;

    public PublicLinks(@ConfigProperty(name = "anju.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        URI u = URI.create(publicUrl.trim());
        this.base = u.getScheme() + "://" + u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath())
                .replaceFirst("/$", "");
    }

    /** A Location header's value as the public address names it. */
    public String location(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ORIGIN.matcher(value.trim());
        return m.find() ? base + value.trim().substring(m.end()) : value;
    }

    /** A Link header's value with each target as the public address names it. */
    public String link(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LINK_TARGET.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<" + location(m.group(1)) + ">"));
        }
        return m.appendTail(out).toString();
    }

    /** Rewrites the header if it is one of the two that carry links; other headers pass unchanged. */
    public String header(String name, String value) {
        if ("location".equalsIgnoreCase(name)) {
            return location(value);
        }
        if ("link".equalsIgnoreCase(name)) {
            return link(value);
        }
        return value;
    }
}
