package org.anju.inspections.photo;

import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.permit;
import static org.anju.inspections.support.Fixtures.trenchAnswers;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.anju.inspections.support.Fixtures;
import org.anju.inspections.support.Visits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Photos: content sniffing, the size cap, one copy per content, and an interrupted upload resumed to the same hash. */
@QuarkusTest
class PhotoUploadTest {

    private static String visitId;

    @BeforeAll
    static void visit() {
        visitId = null;
    }

    private static String visitId() {
        if (visitId == null) {
            visitId = Visits.onSite(permit("FOUNDATION_TRENCH"), "FOUNDATION_TRENCH", trenchAnswers(true), "PASSED");
        }
        return visitId;
    }

    static byte[] jpeg(int size) {
        return org.anju.inspections.support.Fixtures.jpeg(size);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void aJpegIsKeptOnceWithItsHashAndTheSameContentAgainIsNotCopied() throws Exception {
        byte[] photo = jpeg(300_000);
        String id = inspector().contentType("image/jpeg").body(photo).queryParam("visitId", visitId())
                .queryParam("takenAt", "2026-11-28T09:31:00+08:00").queryParam("lat", 28.4521).queryParam("lng", 117.963)
                .post("/api/v1/photos")
                .then().statusCode(201).body("sha256", equalTo(sha256(photo))).body("contentType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(300_000)).extract().path("id");
        inspector().contentType("application/octet-stream").body(photo).queryParam("visitId", visitId())
                .post("/api/v1/photos").then().statusCode(200).body("id", equalTo(id));
        byte[] back = inspector().get("/api/v1/photos/" + id + "/content").then().statusCode(200).extract().asByteArray();
        assertTrue(Arrays.equals(photo, back));
    }

    @Test
    void aPdfOrAnExecutableNamedAsAPhotoIsRefused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        inspector().contentType("image/jpeg").body(pdf).queryParam("visitId", visitId()).post("/api/v1/photos")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:not-a-photo")).body("errors[0].rule", equalTo("photo-type"));
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        inspector().contentType("image/png").body(exe).queryParam("visitId", visitId()).post("/api/v1/photos")
                .then().statusCode(415);
    }

    @Test
    void aPhotoOverTheCapIs413() {
        byte[] big = jpeg(15 * 1024 * 1024 + 1);
        inspector().contentType("image/jpeg").body(big).queryParam("visitId", visitId()).post("/api/v1/photos")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:photo-too-large"));
        inspector().body(Map.of("size", 15 * 1024 * 1024 + 1, "sha256", "0".repeat(64), "visitId", visitId()))
                .post("/api/v1/photo-uploads").then().statusCode(413);
    }

    @Test
    void anInterruptedUploadResumedFromItsOffsetKeepsTheOriginalHash() throws Exception {
        byte[] photo = jpeg(2_000_000);
        String sha = sha256(photo);
        String uploadId = inspector().body(Map.of("size", photo.length, "sha256", sha, "visitId", visitId()))
                .post("/api/v1/photo-uploads").then().statusCode(201).body("uploadOffset", equalTo(0))
                .extract().path("id");

        // the phone loses signal half-way through its first chunk
        int sent = 700_000;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH /api/v1/photo-uploads/" + uploadId + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
                    + "Authorization: Bearer " + Fixtures.inspectorToken() + "\r\n"
                    + "Content-Length: " + photo.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(photo, 0, sent);
            out.flush();
        }
        long offset = 0;
        for (int i = 0; i < 200 && offset == 0; i++) {
            Thread.sleep(50);
            offset = ((Number) inspector().get("/api/v1/photo-uploads/" + uploadId).then().statusCode(200)
                    .extract().path("uploadOffset")).longValue();
        }
        assertTrue(offset > 0 && offset <= sent, "kept what arrived before the break: " + offset);

        inspector().contentType("application/offset+octet-stream").header("Upload-Offset", 0)
                .body(Arrays.copyOfRange(photo, 0, 10)).patch("/api/v1/photo-uploads/" + uploadId)
                .then().statusCode(409).body("uploadOffset", equalTo((int) offset));
        String photoId = inspector().contentType("application/offset+octet-stream").header("Upload-Offset", offset)
                .body(Arrays.copyOfRange(photo, (int) offset, photo.length)).patch("/api/v1/photo-uploads/" + uploadId)
                .then().statusCode(200).body("status", equalTo("COMPLETE")).extract().path("photoId");
        String stored = inspector().get("/api/v1/photos/" + photoId).then().statusCode(200).extract().path("sha256");
        assertEquals(sha, stored);
    }
}
