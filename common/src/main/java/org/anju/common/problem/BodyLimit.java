package org.anju.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem+json, as every other refusal, instead
 * of the HTTP layer's bare 413: announced sizes are refused before the body is read, and a chunked body that grows
 * past the limit while it is read is caught by the failure handler.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max,
            ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkAnnounced);
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, -1);
            } else {
                ctx.next();
            }
        });
    }

    private void checkAnnounced(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long announced = Long.parseLong(length.trim());
                if (announced > maxBytes) {
                    refuse(ctx, announced);
                    return;
                }
            } catch (NumberFormatException e) {
                // left to the HTTP layer, which refuses a malformed Content-Length itself
            }
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, long announced) {
        String detail = "The request body" + (announced >= 0 ? " (" + announced + " bytes)" : "")
                + " is larger than the " + maxBytes + " bytes this service accepts";
        Problem body = new Problem(ProblemTypes.uri("payload-too-large"), "请求体过大 / Payload too large", 413, detail,
                ctx.request().path(), "请求体过大", "Payload too large", null, null, java.util.Map.of("limitBytes", maxBytes));
        try {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(413).end();
        }
    }
}
