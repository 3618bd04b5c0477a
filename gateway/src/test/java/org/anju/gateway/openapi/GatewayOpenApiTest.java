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

    /**
     * The services' documents are merged by schema name, so two schemas of one name must be one schema: otherwise the
     * merge mixes their values (RectificationNotice.status and DocumentVerification.status once shared one enum).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSchemaNameMeansOneSchemaAcrossTheServicesDocuments() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, java.util.Map<String, Object>> seen = new java.util.HashMap<>();
        java.util.List<String> clashes = new java.util.ArrayList<>();
        for (String part : java.util.List.of("registry", "permits", "inspections")) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/openapi-parts/" + part + ".json")) {
                org.junit.jupiter.api.Assertions.assertNotNull(in, part + "'s document is merged into the gateway's");
                java.util.Map<String, Object> doc = json.readValue(in, java.util.Map.class);
                java.util.Map<String, Object> schemas = (java.util.Map<String, Object>) ((java.util.Map<String, Object>)
                        doc.get("components")).get("schemas");
                schemas.forEach((name, schema) -> {
                    java.util.Map<String, Object> earlier = seen.putIfAbsent(name,
                            java.util.Map.of("from", part, "schema", schema));
                    if (earlier != null && !earlier.get("schema").equals(schema)) {
                        clashes.add(name + " (" + earlier.get("from") + " and " + part + ")");
                    }
                });
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), clashes,
                "schemas of one name that differ between services");
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.RectificationStatus.enum", org.hamcrest.Matchers.contains("OPEN", "CLOSED",
                        "VOIDED"))
                .body("components.schemas.DocumentStatus.enum", org.hamcrest.Matchers.contains("VALID", "SUSPENDED",
                        "EXPIRED", "WITHDRAWN", "REVOKED"))
                .body("components.schemas", not(hasKey("Status")))
                .body("components.schemas.Problem.properties", hasKey("allowedRoles"))
                .body("components.schemas.Problem.properties", hasKey("violations"));
    }
}
