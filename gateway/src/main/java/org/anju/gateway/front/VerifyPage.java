package org.anju.gateway.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * The public page a QR code on a site's notice board opens: {@code /verify/<kind>/<number>}. Anyone, without an
 * account; the page asks permits-service (through the front door) for {@code /api/v1/documents/<kind>/<number>}.
 */
@ApplicationScoped
public class VerifyPage {

    private final Buffer page;

    public VerifyPage() {
        try (InputStream in = VerifyPage.class.getResourceAsStream("/META-INF/resources/verify.html")) {
            this.page = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void routes(@Observes Router router) {
        router.get("/verify/:kind/:number").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "public, max-age=300")
                .end(page));
    }
}
