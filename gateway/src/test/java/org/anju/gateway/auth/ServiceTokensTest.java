package org.anju.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.anju.common.security.ServiceTokenConfig;
import org.anju.common.security.ServiceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token a service shows others, against a WireMock token endpoint: kept, renewed when refused, never guessed. */
class ServiceTokensTest {

    private static final String PATH = "/api/v1/auth/token";

    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private ServiceTokens tokens(Optional<String> secret, boolean devSecretAllowed) {
        URI url = URI.create(wm.baseUrl() + PATH);
        return new ServiceTokens(new ServiceTokenConfig() {
            @Override
            public Source source() {
                return Source.GATEWAY;
            }

            @Override
            public URI tokenUrl() {
                return url;
            }

            @Override
            public String clientId() {
                return "inspections-service";
            }

            @Override
            public Optional<String> clientSecret() {
                return secret;
            }

            @Override
            public boolean devSecretAllowed() {
                return devSecretAllowed;
            }

            @Override
            public Duration renewBefore() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        }, new ObjectMapper(), "https://anju.local/gateway", List.of("anju"), List.of("369901"));
    }

    private static String answer(String token) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}";
    }

    @Test
    void asksWithClientCredentialsInBasicAuthAndKeepsTheToken() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(answer("t-1"))));
        ServiceTokens tokens = tokens(Optional.of("s3cret-from-env"), false);
        assertEquals("t-1", tokens.bearer());
        assertEquals("t-1", tokens.bearer());
        String basic = Base64.getEncoder().encodeToString("inspections-service:s3cret-from-env"
                .getBytes(StandardCharsets.UTF_8));
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
    }

    @Test
    void aRefusedTokenIsReplacedButANewerOneIsKept() {
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("2")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(answer("t-1"))));
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("t").whenScenarioStateIs("2")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(answer("t-2"))));
        ServiceTokens tokens = tokens(Optional.empty(), true);
        assertEquals("t-1", tokens.bearer());
        tokens.invalidate("t-1");
        assertEquals("t-2", tokens.bearer());
        // a late refusal of the old token does not throw the new one away
        tokens.invalidate("t-1");
        assertEquals("t-2", tokens.bearer());
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRefusingOrUnreachableGatewayGivesNoToken() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"error\":\"invalid_client\"}")));
        ServiceTokens tokens = tokens(Optional.of("wrong"), false);
        ServiceTokens.Unavailable refused = assertThrows(ServiceTokens.Unavailable.class, tokens::bearer);
        assertTrue(refused.getMessage().contains("answered 401"), refused.getMessage());

        wm.stop();
        ServiceTokens.Unavailable down = assertThrows(ServiceTokens.Unavailable.class, tokens::bearer);
        assertTrue(down.getMessage().contains("unreachable"), down.getMessage());
    }

    @Test
    void withoutASecretNothingIsAskedOutsideDevelopment() {
        ServiceTokens.Unavailable none = assertThrows(ServiceTokens.Unavailable.class,
                () -> tokens(Optional.empty(), false).bearer());
        assertTrue(none.getMessage().contains("ANJU_SERVICE_CLIENT_SECRET"), none.getMessage());
        wm.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }
}
