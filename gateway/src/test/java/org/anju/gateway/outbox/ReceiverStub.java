package org.anju.gateway.outbox;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock receiver for outbox deliveries, registered as the destination {@code probe}; it also stands in for the
 * gateway's token endpoint, so the relay gets its service token the way a running service does.
 */
public class ReceiverStub implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN_PATH = "/api/v1/auth/token";
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("anju.outbox.destinations.probe.url", server.baseUrl() + "/api/v1/events",
                "anju.outbox.poll", "off",
                "anju.service-token.source", "gateway",
                "anju.service-token.token-url", server.baseUrl() + TOKEN_PATH);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
