package org.anju.inspections.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock standing in for permits-service (site endpoint and event receiver), registry-service and the gateway (event
 * receivers) for every test; the outbox relay does not poll, tests call it.
 */
public class PermitsStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/permits/api/v1/events")).willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlEqualTo("/registry/api/v1/events")).willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlEqualTo("/gateway/api/v1/events")).willReturn(aResponse().withStatus(200)));
        try {
            return Map.of("quarkus.rest-client.permits.url", server.baseUrl(),
                    "anju.outbox.destinations.permits.url", server.baseUrl() + "/permits/api/v1/events",
                    "anju.outbox.destinations.registry.url", server.baseUrl() + "/registry/api/v1/events",
                    "anju.outbox.destinations.gateway.url", server.baseUrl() + "/gateway/api/v1/events",
                    "anju.outbox.poll", "off",
                    // tests provoke 500s and timeouts on purpose; the breaker must not open on the next test's calls
                    "org.anju.inspections.permit.PermitsClient/site/CircuitBreaker/requestVolumeThreshold", "1000",
                    "org.anju.inspections.permit.PermitsClient/visitsDue/CircuitBreaker/requestVolumeThreshold", "1000",
                    "anju.inspections.photos.dir", Files.createTempDirectory("anju-photos-test").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Makes permits-service answer the site of a permit. */
    public static void site(UUID permitId, String township, String village, double lat, double lng, UUID crewId,
            String nextVisit) {
        site(permitId, township, village, lat, lng, crewId, nextVisit, "UNDER_CONSTRUCTION");
    }

    public static void site(UUID permitId, String township, String village, double lat, double lng, UUID crewId,
            String nextVisit, String state) {
        server.stubFor(get(urlEqualTo("/api/v1/permits/" + permitId + "/site"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(siteAnswer(permitId, township, village, lat, lng, crewId, nextVisit, state)));
    }

    /** Makes permits-service answer the site of a permit to a caller with a bearer token (TestTokens). */
    public static void siteForToken(UUID permitId, String township, String village, double lat, double lng,
            String nextVisit) {
        server.stubFor(get(urlEqualTo("/api/v1/permits/" + permitId + "/site"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(siteAnswer(permitId, township, village, lat, lng, null, nextVisit, "UNDER_CONSTRUCTION")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder siteAnswer(UUID permitId,
            String township, String village, double lat, double lng, UUID crewId, String nextVisit, String state) {
        String body = """
                {"permitId":"%s","applicationNumber":"369901-2026-A%s","state":"%s","townshipCode":"%s",
                 "villageCode":"%s","lat":%s,"lng":%s,"crewId":%s,"nextVisit":%s,
                 "visits":[{"type":"SITE_SURVEY","status":"PASSED"}],"extraFieldFromTheFuture":1}
                """.formatted(permitId, permitId.toString().substring(0, 6), state, township, village, lat, lng,
                crewId == null ? "null" : "\"" + crewId + "\"", nextVisit == null ? "null" : "\"" + nextVisit + "\"");
        // permits-service scopes the answer to the caller, so the caller's identity must come along
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
