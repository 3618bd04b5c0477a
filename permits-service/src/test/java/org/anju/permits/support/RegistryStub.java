package org.anju.permits.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock registry-service for every test: any crew is eligible, except the refused, unknown, down and slow crews
 * below. Also receives the outbox deliveries, the gateway's under /gateway (relay polling off; tests call the relay
 * directly).
 */
public class RegistryStub implements QuarkusTestResourceLifecycleManager {

    public static final UUID REFUSED_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    public static final UUID UNKNOWN_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c404");
    public static final UUID DOWN_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c503");
    public static final UUID SLOW_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c999");

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        stubs();
        return Map.of("quarkus.rest-client.registry.url", server.baseUrl(),
                "anju.outbox.destinations.registry.url", server.baseUrl() + "/api/v1/events",
                "anju.outbox.destinations.gateway.url", server.baseUrl() + "/gateway/api/v1/events",
                "anju.outbox.poll", "off");
    }

    public static void stubs() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/api/v1/crews/[^/]+/eligibility")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"eligible\":true,\"reasons\":[],\"activeJobs\":1,\"maxConcurrentJobs\":3,"
                                + "\"creditScore\":100}")));
        server.stubFor(get(urlPathMatching("/api/v1/crews/" + REFUSED_CREW + "/eligibility")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"crewId\":\"" + REFUSED_CREW + "\",\"on\":\"2026-12-15\",\"eligible\":false,"
                                + "\"reasons\":[{\"code\":\"QUALIFICATION_EXPIRED\",\"message\":\"qualification expired "
                                + "on 2026-10-31\",\"messageZh\":\"资质已于2026-10-31到期\"},{\"code\":"
                                + "\"AT_CONCURRENT_JOB_LIMIT\",\"message\":\"3 of 3 jobs\",\"messageZh\":\"在建项目已达上限\"}],"
                                + "\"activeJobs\":3,\"maxConcurrentJobs\":3,\"creditScore\":72}")));
        server.stubFor(get(urlPathMatching("/api/v1/crews/" + UNKNOWN_CREW + "/eligibility")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:anju:problem:not-found\",\"status\":404}")));
        server.stubFor(get(urlPathMatching("/api/v1/crews/" + DOWN_CREW + "/eligibility")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlPathMatching("/api/v1/crews/" + SLOW_CREW + "/eligibility")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(5000).withHeader("Content-Type", "application/json")
                        .withBody("{\"eligible\":true,\"reasons\":[]}")));
        server.stubFor(post(urlEqualTo("/api/v1/events")).willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlEqualTo("/gateway/api/v1/events")).willReturn(aResponse().withStatus(200)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
