package org.anju.gateway.webhook;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock webhook subscriber. The relay does not poll in tests, they call it; an attempt times out after 3 s (short,
 * so that the timeout test is quick; long enough for a cold first request on a busy machine).
 */
public class SubscriberStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("anju.webhooks.poll", "off", "anju.webhooks.timeout", "3s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
