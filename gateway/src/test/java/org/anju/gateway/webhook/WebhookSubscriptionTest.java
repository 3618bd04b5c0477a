package org.anju.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.anju.gateway.webhook.Hooks.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A county admin registers, changes, pauses and deletes subscriptions of their own county, and nobody else may. */
@QuarkusTest
@QuarkusTestResource(SubscriberStub.class)
class WebhookSubscriptionTest {

    @Inject
    EntityManager em;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookConfig config;

    @Test
    void registeringWithoutASecretReturnsTheGeneratedOneOnceAndStoresItOnlyEncrypted() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", "https://hall.example.gov.cn/anju/events",
                "eventTypes", List.of("book.issued", "certificate.issued"), "description", "县行政审批中心");
        var created = admin().header("Idempotency-Key", key).body(body).post("/api/v1/webhooks")
                .then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("url", equalTo("https://hall.example.gov.cn/anju/events"))
                .body("eventTypes", equalTo(List.of("book.issued", "certificate.issued")))
                .body("status", equalTo("ACTIVE")).body("county", equalTo("369901"))
                .body("secret", notNullValue()).extract();
        String id = created.path("id");
        String secret = created.path("secret");
        assertEquals(43, secret.length());

        admin().get("/api/v1/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        // a retry of the same request gets the same subscription, without the secret
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id)).body("$", not(hasKey("secret")));
        String stored = (String) em.createNativeQuery("select secret_cipher from webhook_subscription where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertFalse(stored.contains(secret));
        long plain = ((Number) em.createNativeQuery("select count(*) from idempotency_key where body like ?1")
                .setParameter(1, "%" + secret + "%").getSingleResult()).longValue();
        assertEquals(0, plain, "the idempotency store keeps no secret");
        // and a chosen secret is never echoed
        admin().body(Map.of("url", "http://localhost:9/x", "eventTypes", List.of("book.issued"),
                "secret", Hooks.SECRET)).post("/api/v1/webhooks").then().statusCode(201)
                .body("$", not(hasKey("secret")));
    }

    @Test
    void aUrlThatIsNotHttpOrHttpsIs400NamingUrl() {
        for (String url : new String[] { "ftp://x", "javascript:alert(1)", "http://" }) {
            admin().body(Map.of("url", url, "eventTypes", List.of("book.issued")))
                    .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].rule", org.hamcrest.Matchers.startsWith("url-"))
                    .body("errors[0].message", notNullValue()).body("errors[0].messageZh", notNullValue());
        }
    }

    @Test
    void anUnknownEventTypeOrAShortSecretIs400NamingTheField() {
        admin().body(Map.of("url", "https://hall.example.gov.cn/x", "eventTypes", List.of("book.issued",
                "visit.passed"))).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("eventTypes[1]")))
                .body("errors[0].rule", equalTo("known-event-type"));
        admin().body(Map.of("url", "https://hall.example.gov.cn/x", "eventTypes", List.of("book.issued"),
                "secret", "too-short")).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", equalTo(List.of("secret")));
    }

    @Test
    void onlyTheCountyAdminManagesSubscriptions() {
        Map<String, Object> body = Map.of("url", "https://hall.example.gov.cn/x", "eventTypes", List.of("book.issued"));
        for (Role role : List.of(Role.INSPECTOR, Role.COUNTY_CLERK, Role.BUREAU_READER)) {
            given().auth().oauth2(TestTokens.as(role, TestTokens.CHENGGUAN)).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/webhooks").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.as(role, TestTokens.CHENGGUAN)).get("/api/v1/webhooks")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void anotherCountysSubscriptionIsNotFound() {
        UUID id = UUID.randomUUID();
        WebhookSecrets secrets = WebhookSecrets.of(config);
        QuarkusTransaction.requiringNew().run(() -> subscriptions.persist(new WebhookSubscription(id, "369902",
                "https://other.example.cn/hook", secrets.encrypt(id, Hooks.SECRET), List.of("book.issued"), null,
                "admin.other", OffsetDateTime.now())));
        String path = "/api/v1/webhooks/" + id;
        admin().get(path).then().statusCode(404).contentType("application/problem+json");
        admin().header("If-Match", "\"0\"").body(Map.of("url", "https://x.cn/", "eventTypes", List.of("book.issued")))
                .put(path).then().statusCode(404);
        admin().header("If-Match", "\"0\"").delete(path).then().statusCode(404);
        admin().header("If-Match", "\"0\"").post(path + "/pause").then().statusCode(404);
        admin().get(path + "/deliveries").then().statusCode(404);
        admin().body(Map.of("from", "2026-01-01T00:00:00+08:00")).post(path + "/replay").then().statusCode(404);
        admin().queryParam("limit", 100).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void changesNeedTheCurrentVersionAndPauseResumeAndDeleteWork() {
        String id = Hooks.subscribe("/hooks/change", "book.issued");
        String etag = Hooks.etag(id);
        String path = "/api/v1/webhooks/" + id;
        Map<String, Object> change = Map.of("url", "https://hall.example.gov.cn/v2", "eventTypes",
                List.of("stop-work.issued", "stop-work.lifted"), "description", "停工通知同步");
        admin().body(change).put(path).then().statusCode(428);
        String changed = admin().header("If-Match", etag).body(change).put(path).then().statusCode(200)
                .body("url", equalTo("https://hall.example.gov.cn/v2"))
                .body("eventTypes", equalTo(List.of("stop-work.issued", "stop-work.lifted")))
                .body("$", not(hasKey("secret"))).extract().header("ETag");
        admin().header("If-Match", etag).body(change).put(path).then().statusCode(412)
                .body("type", equalTo("urn:anju:problem:stale-version"));
        admin().header("If-Match", changed).body(Map.of("url", "ftp://x", "eventTypes", List.of("book.issued")))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("url"));

        String paused = admin().header("If-Match", changed).post(path + "/pause").then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("pausedReason", notNullValue()).extract().header("ETag");
        String resumed = admin().header("If-Match", paused).post(path + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("pausedReason", nullValue()).extract().header("ETag");
        admin().delete(path).then().statusCode(428);
        admin().header("If-Match", resumed).delete(path).then().statusCode(204);
        admin().get(path).then().statusCode(404);
    }

    @Test
    void theListPagesWithACursorOldestFirst() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook_subscription")
                .executeUpdate());
        String a = Hooks.subscribe("/hooks/a", "book.issued");
        String b = Hooks.subscribe("/hooks/b", "book.issued");
        String c = Hooks.subscribe("/hooks/c", "book.issued");
        String next = admin().queryParam("limit", 2).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", equalTo(List.of(a, b))).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        admin().queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", equalTo(List.of(c))).body("nextCursor", nullValue());
        admin().queryParam("cursor", "garbage").get("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
