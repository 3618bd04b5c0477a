package org.anju.gateway.compose;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** One WireMock server standing in for registry, permits and inspections, each under its own path prefix. */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        return Map.of("quarkus.rest-client.registry.url", server.baseUrl() + "/registry",
                "quarkus.rest-client.permits.url", server.baseUrl() + "/permits",
                "quarkus.rest-client.inspections.url", server.baseUrl() + "/inspections");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
