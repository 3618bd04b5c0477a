package org.anju.inspections.photo;

import static io.restassured.RestAssured.given;
import static org.anju.inspections.support.Fixtures.SITE_LAT;
import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.VILLAGE;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.north;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.anju.common.testing.TestTokens;
import org.anju.inspections.support.PermitsStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Resumable uploads abandoned for longer than the configured age (24 h) are purged with their partial files. */
@QuarkusTest
class UploadPurgeTest {

    @Inject
    UploadPurge purge;

    @Inject
    EntityManager em;

    static final String TOKEN = TestTokens.inspector(TestTokens.CHENGGUAN);

    String visit() {
        UUID permit = UUID.randomUUID();
        PermitsStub.siteForToken(permit, TestTokens.CHENGGUAN, VILLAGE, SITE_LAT, SITE_LNG, "FOUNDATION_TRENCH");
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("permitId", permit, "type",
                "FOUNDATION_TRENCH", "checkIn", checkIn(north(30), SITE_LNG, 8.0), "answers", trenchAnswers(true),
                "outcome", "PASSED")).post("/api/v1/visits").then().statusCode(201).extract().path("id");
    }

    /** Opens an upload of a 200 kB JPEG and sends its first half. */
    String halfUploaded(String visitId) throws Exception {
        byte[] photo = PhotoUploadTest.jpeg(200_000);
        String id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("size", photo.length,
                "sha256", PhotoUploadTest.sha256(photo), "visitId", visitId)).post("/api/v1/photo-uploads")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TOKEN).contentType("application/offset+octet-stream").header("Upload-Offset", 0)
                .body(Arrays.copyOf(photo, 100_000)).patch("/api/v1/photo-uploads/" + id).then().statusCode(200)
                .body("uploadOffset", equalTo(100_000));
        return id;
    }

    Path file(String uploadId) {
        return Path.of(QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select temp_path from photo_upload where id = ?1").setParameter(1, UUID.fromString(uploadId))
                .getSingleResult()));
    }

    void openedHoursAgo(String uploadId, int hours) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update photo_upload set created_at = "
                + "now() - make_interval(hours => ?2) where id = ?1").setParameter(1, UUID.fromString(uploadId))
                .setParameter(2, hours).executeUpdate());
    }

    @Test
    void anUploadAbandonedForMoreThanADayGoesWithItsPartialFileAYoungerOneStays() throws Exception {
        String visitId = visit();
        String abandoned = halfUploaded(visitId);
        String recent = halfUploaded(visitId);
        Path abandonedFile = file(abandoned);
        Path recentFile = file(recent);
        assertEquals(100_000, Files.size(abandonedFile));
        openedHoursAgo(abandoned, 25);
        openedHoursAgo(recent, 23);

        assertTrue(purge.purge() >= 1);

        assertFalse(Files.exists(abandonedFile), "the partial file is deleted");
        given().auth().oauth2(TOKEN).get("/api/v1/photo-uploads/" + abandoned).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType("application/offset+octet-stream").header("Upload-Offset", 100_000)
                .body(new byte[10]).patch("/api/v1/photo-uploads/" + abandoned).then().statusCode(404);
        assertTrue(Files.exists(recentFile), "an upload opened 23 h ago may still be resumed");
        given().auth().oauth2(TOKEN).get("/api/v1/photo-uploads/" + recent).then().statusCode(200)
                .body("uploadOffset", equalTo(100_000)).body("status", equalTo("OPEN"));
    }
}
