package org.anju.gateway.front;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's front door to the services' own APIs: the county hall and the web app call one origin, and each
 * request is streamed to the service that owns the resource, with the caller's token (every service checks it
 * again), Idempotency-Key, If-Match and the rest of its headers. A service that does not answer gives 503 problem+json.
 * The links in its answer name the gateway's public address ({@link PublicLinks}), not the service's.
 */
@ApplicationScoped
public class FrontDoor {

    /** Hop-by-hop headers (RFC 9110 section 7.6.1) are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    /** Which service owns which first path segment under /api/v1 (the gateway's own resources are not listed). */
    public static final Map<String, List<String>> OWNERS = Map.of(
            "registry", List.of("crews", "craftsmen", "public", "registry-rules"),
            "permits", List.of("households", "permits", "layers", "county-rules", "holidays", "documents"),
            "inspections", List.of("visits", "sync", "photos", "photo-uploads", "hazards", "rectification-notices",
                    "stop-work-notices", "cases", "checklist-templates", "statistics"));

    /** The household file is composed by the gateway itself, not forwarded. */
    private static final Pattern GATEWAY_OWN = Pattern.compile("^/api/v1/households/[^/]+/file/?$");

    private final Map<String, String> origins;
    private final ObjectMapper json;
    private final PublicLinks links;

    public FrontDoor(@ConfigProperty(name = "quarkus.rest-client.registry.url") String registry,
            @ConfigProperty(name = "quarkus.rest-client.permits.url") String permits,
            @ConfigProperty(name = "quarkus.rest-client.inspections.url") String inspections, ObjectMapper json,
            PublicLinks links) {
        this.origins = Map.of("registry", registry, "permits", permits, "inspections", inspections);
        this.json = json;
        this.links = links;
    }

    void routes(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000)
                .setIdleTimeout(30).setMaxPoolSize(32));
        // a permit's visit timeline is kept by inspections, though it sits under the permit's path
        URI inspections = URI.create(origins.get("inspections"));
        router.routeWithRegex("/api/v1/permits/[^/]+/visits/?").order(-11)
                .handler(rc -> forward(rc, client, "inspections", inspections));
        OWNERS.forEach((service, segments) -> {
            URI origin = URI.create(origins.get(service));
            String regex = "/api/v1/(" + String.join("|", segments) + ")(/.*)?";
            router.routeWithRegex(regex).order(-10).handler(rc -> {
                if (GATEWAY_OWN.matcher(rc.request().path()).matches()) {
                    rc.next();
                    return;
                }
                forward(rc, client, service, origin);
            });
        });
    }

    private void forward(RoutingContext rc, HttpClient client, String service, URI origin) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        request.pause();
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(origin.getHost())
                .setPort(origin.getPort() > 0 ? origin.getPort() : 80).setURI(prefix(origin) + request.uri())
                .setTimeout(30_000);
        request.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        options.putHeader("X-Forwarded-Host", request.host() == null ? "" : request.host());
        client.request(options)
                .compose(outgoing -> outgoing.send(request))
                .onSuccess(answer -> {
                    response.setStatusCode(answer.statusCode());
                    answer.headers().forEach(h -> {
                        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                            response.headers().add(h.getKey(), links.header(h.getKey(), h.getValue()));
                        }
                    });
                    if (answer.getHeader("Content-Length") == null) {
                        response.setChunked(true);
                    }
                    answer.pipeTo(response);
                })
                .onFailure(e -> {
                    Log.warnf("Front door: %s did not answer %s %s: %s", service, request.method(), request.path(),
                            e.toString());
                    if (!response.headWritten()) {
                        unavailable(response, service, request.path());
                    } else {
                        response.reset();
                    }
                });
    }

    private static String prefix(URI origin) {
        String path = origin.getPath();
        return path == null ? "" : path.replaceFirst("/$", "");
    }

    private void unavailable(HttpServerResponse response, String service, String path) {
        Problem problem = new Problem(ProblemTypes.uri("service-unavailable"),
                "服务暂不可用 / Service unavailable", 503,
                service + "-service did not answer; try again shortly", path, "服务暂不可用", "Service unavailable",
                null, null, Map.of("service", service));
        try {
            response.setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", "5").end(json.writeValueAsString(problem));
        } catch (Exception e) {
            response.setStatusCode(503).end();
        }
    }
}
