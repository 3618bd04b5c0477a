package org.anju.gateway.front;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The front door: forwards {@code /api/v1/<resource>/**} to the service that owns the resource, streaming bodies
 * both ways and passing every end-to-end header (Authorization, Idempotency-Key, If-Match, ETag, Location...).
 * The household file ({@code /households/{id}/file}) is composed by the gateway itself; {@code /events} is never
 * forwarded (service to service only).
 */
@ApplicationScoped
public class FrontDoor {

    static final Pattern ROUTES = Pattern.compile("/api/v1/(crews|craftsmen|public/crews|households|permits|layers"
            + "|county-rules|holidays|visits|sync|photos|photo-uploads|hazards|rectification-notices"
            + "|stop-work-notices|cases|checklist-templates)(/.*)?");
    private static final Pattern INSPECTIONS = Pattern.compile("/api/v1/(visits|sync|photos|photo-uploads|hazards"
            + "|rectification-notices|stop-work-notices|cases|checklist-templates|permits/[^/]+/visits)(/.*)?");
    private static final Pattern REGISTRY = Pattern.compile("/api/v1/(crews|craftsmen|public/crews)(/.*)?");
    private static final Pattern COMPOSED = Pattern.compile("/api/v1/households/[^/]+/file/?");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private HttpClient client;

    void init(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2_000).setMaxPoolSize(50));
        router.routeWithRegex(ROUTES.pattern()).order(-100).handler(this::forward);
    }

    /** The config key of the service that owns a path. */
    static String owner(String path) {
        if (INSPECTIONS.matcher(path).matches()) {
            return "inspections";
        }
        return REGISTRY.matcher(path).matches() ? "registry" : "permits";
    }

    private void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        if (COMPOSED.matcher(in.path()).matches()) {
            ctx.next();
            return;
        }
        String service = owner(in.path());
        URI base = URI.create(ConfigProvider.getConfig()
                .getValue("quarkus.rest-client." + service + ".url", String.class).replaceAll("/$", ""));
        String target = base.getRawPath() + in.uri();
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(base.getHost())
                .setPort(base.getPort() < 0 ? ("https".equals(base.getScheme()) ? 443 : 80) : base.getPort())
                .setSsl("https".equals(base.getScheme())).setURI(target).setIdleTimeout(60_000);
        in.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        in.pause();
        client.request(options)
                .compose(out -> out.send(in))
                .onSuccess(answer -> relay(ctx, answer, base, service))
                .onFailure(e -> unavailable(ctx, service, e));
    }

    private void relay(RoutingContext ctx, HttpClientResponse answer, URI base, String service) {
        HttpServerResponse out = ctx.response();
        out.setStatusCode(answer.statusCode());
        answer.headers().forEach(h -> {
            String name = h.getKey().toLowerCase();
            if (HOP_BY_HOP.contains(name)) {
                return;
            }
            out.headers().add(h.getKey(), "location".equals(name) ? gatewayLocation(h.getValue(), base) : h.getValue());
        });
        if (!out.headers().contains("content-length")) {
            out.setChunked(true);
        }
        answer.pipeTo(out).onFailure(e -> Log.warnf("%s: relaying the answer failed: %s", service, e.toString()));
    }

    /** An absolute Location of the service becomes the gateway's own path for the same resource. */
    static String gatewayLocation(String location, URI base) {
        try {
            URI uri = URI.create(location);
            if (!uri.isAbsolute()) {
                return location;
            }
            String path = uri.getRawPath();
            String prefix = base.getRawPath() == null ? "" : base.getRawPath();
            if (!prefix.isEmpty() && path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    private static void unavailable(RoutingContext ctx, String service, Throwable e) {
        Log.warnf("%s unavailable for %s %s: %s", service, ctx.request().method(), ctx.request().path(), e.toString());
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.request().resume();
        ctx.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"urn:anju:problem:service-unavailable\",\"title\":\"服务暂不可用 / Service unavailable\","
                        + "\"status\":503,\"detail\":\"" + service + "-service did not answer\",\"service\":\""
                        + service + "\",\"instance\":\"" + ctx.request().path().replace("\"", "") + "\"}");
    }
}
