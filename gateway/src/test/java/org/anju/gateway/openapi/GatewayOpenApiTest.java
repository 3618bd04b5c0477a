package org.anju.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway's document describes everything a county hall or bureau can call through it: its own operations and the
 * services' operations behind the front door (merged at build time), with the bearer scheme, and nothing internal.
 */
@QuarkusTest
class GatewayOpenApiTest {

    @Test
    void describesTheServicesOperationsBehindTheFrontDoor() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                // the gateway's own
                .body("paths", hasKey("/api/v1/auth/token"))
                .body("paths", hasKey("/api/v1/households/{householdId}/file"))
                // permits-service: file, submit and follow an application, with Idempotency-Key and If-Match
                .body("paths.'/api/v1/permits'.post.parameters.find { it.name == 'Idempotency-Key' }", notNullValue())
                .body("paths.'/api/v1/permits/{permitId}/transitions'.post.parameters.find { it.name == 'If-Match' }",
                        notNullValue())
                .body("paths", hasKey("/api/v1/permits/{permitId}/history"))
                // inspections-service and registry-service
                .body("paths", hasKey("/api/v1/sync"))
                .body("paths", hasKey("/api/v1/crews/{crewId}"))
                // the bearer scheme covers every operation; public ones say so with an empty requirement
                .body("components.securitySchemes.bearerJwt.scheme", equalTo("bearer"))
                .body("security[0]", hasKey("bearerJwt"))
                .body("paths.'/api/v1/permits'.post", not(hasKey("security")))
                .body("paths.'/api/v1/auth/token'.post.security", org.hamcrest.Matchers.empty())
                // one server: the gateway's, not the services'
                .body("servers.url", org.hamcrest.Matchers.contains("http://localhost:8080"))
                // service-to-service receivers are not part of the public API
                .body("paths", not(hasKey("/api/v1/events")));
    }

    /** First path segments the gateway answers itself; everything else in its document must be routed onwards. */
    static final java.util.Set<String> GATEWAY_OWN = java.util.Set.of("auth", "accounts", "audit", "divisions",
            "overview", "worklist", "system", "webhooks");

    @Test
    void everyPathInTheDocumentIsAnsweredOrRoutedByTheGateway() {
        java.util.Map<String, Object> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        java.util.Set<String> routed = new java.util.HashSet<>();
        org.anju.gateway.front.FrontDoor.OWNERS.values().forEach(routed::addAll);
        java.util.List<String> unrouted = paths.keySet().stream()
                .filter(p -> p.startsWith("/api/v1/"))
                .filter(p -> !p.matches("^/api/v1/households/\\{[^}]+}/file$"))
                .filter(p -> {
                    String first = p.substring("/api/v1/".length()).split("/")[0];
                    return !GATEWAY_OWN.contains(first) && !routed.contains(first);
                }).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), unrouted,
                "paths the document advertises but the front door does not route");
    }
}
