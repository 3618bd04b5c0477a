package org.anju.permits.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock registry-service for every test: any crew is eligible, except the refused, unknown, down and slow crews
 * below. Job-slot reservations are kept in memory ({@link JobSlots}): idempotent per crew and permit, unlimited unless
 * a test gives the crew a limit, refused with 409 crew-at-capacity beyond it. Also receives the outbox deliveries, the
 * gateway's under /gateway (relay polling off; tests call the relay directly).
 */
public class RegistryStub implements QuarkusTestResourceLifecycleManager {

    public static final UUID REFUSED_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    public static final UUID UNKNOWN_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c404");
    public static final UUID DOWN_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c503");
    public static final UUID SLOW_CREW = UUID.fromString("00000000-0000-0000-0000-00000000c999");
    /** Eligible, but its reservation endpoint is down. */
    public static final UUID SLOTS_DOWN_CREW = UUID.fromString("00000000-0000-0000-0000-00000000d503");

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new JobSlots()));
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
        JobSlots.clear();
        server.stubFor(any(urlPathMatching("/api/v1/crews/[^/]+/reservations/[^/]+")).atPriority(10)
                .willReturn(aResponse().withTransformers(JobSlots.NAME)));
        server.stubFor(any(urlPathMatching("/api/v1/crews/" + SLOTS_DOWN_CREW + "/reservations/.*")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(post(urlEqualTo("/api/v1/events")).willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlEqualTo("/gateway/api/v1/events")).willReturn(aResponse().withStatus(200)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Gives the crew {@code limit} job slots, {@code taken} of them already held by other builds. */
    public static void limit(UUID crewId, int limit, int taken) {
        JobSlots.limit(crewId, limit, taken);
    }

    /** The permits holding a slot of the crew in the stub. */
    public static Set<UUID> slots(UUID crewId) {
        return JobSlots.of(crewId);
    }

    /** registry-service's reservations, in memory: PUT takes a slot (201, a repeat 200, full 409), DELETE frees it. */
    static final class JobSlots implements ResponseDefinitionTransformerV2 {

        static final String NAME = "job-slots";
        private static final Map<UUID, Integer> LIMITS = new ConcurrentHashMap<>();
        private static final Map<UUID, Set<UUID>> HELD = new ConcurrentHashMap<>();

        static synchronized void clear() {
            LIMITS.clear();
            HELD.clear();
        }

        static synchronized void limit(UUID crew, int limit, int taken) {
            LIMITS.put(crew, limit);
            Set<UUID> held = HELD.computeIfAbsent(crew, c -> new HashSet<>());
            for (int i = 0; i < taken; i++) {
                held.add(UUID.randomUUID());
            }
        }

        static synchronized Set<UUID> of(UUID crew) {
            return Set.copyOf(HELD.getOrDefault(crew, Set.of()));
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String[] parts = event.getRequest().getUrl().split("\\?")[0].split("/");
            UUID crew = UUID.fromString(parts[4]);
            UUID permit = UUID.fromString(parts[6]);
            synchronized (JobSlots.class) {
                Set<UUID> held = HELD.computeIfAbsent(crew, c -> new HashSet<>());
                if (event.getRequest().getMethod().getName().equals("DELETE")) {
                    held.remove(permit);
                    return answer(204, null, null);
                }
                int limit = LIMITS.getOrDefault(crew, 50);
                if (held.contains(permit)) {
                    return answer(200, "application/json", body(crew, permit, held.size(), limit));
                }
                if (held.size() >= limit) {
                    return answer(409, "application/problem+json", "{\"type\":\"urn:anju:problem:crew-at-capacity\","
                            + "\"status\":409,\"detail\":\"The crew already has " + held.size() + " active jobs; its "
                            + "limit is " + limit + "\",\"activeJobs\":" + held.size() + ",\"maxConcurrentJobs\":"
                            + limit + "}");
                }
                held.add(permit);
                return answer(201, "application/json", body(crew, permit, held.size(), limit));
            }
        }

        private static ResponseDefinition answer(int status, String type, String body) {
            var b = ResponseDefinitionBuilder.responseDefinition().withStatus(status);
            if (type != null) {
                b = b.withHeader("Content-Type", type).withBody(body);
            }
            return b.build();
        }

        private static String body(UUID crew, UUID permit, int active, int limit) {
            return "{\"crewId\":\"" + crew + "\",\"permitId\":\"" + permit + "\",\"status\":\"HELD\","
                    + "\"heldUntil\":\"2026-12-15T10:10:00+08:00\",\"reservedAt\":\"2026-12-15T10:00:00+08:00\","
                    + "\"activeJobs\":" + active + ",\"maxConcurrentJobs\":" + limit + "}";
        }
    }
}
