package org.anju.permits.verify;

import static io.restassured.RestAssured.given;
import static org.anju.permits.support.Builds.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;
import org.anju.permits.support.Builds;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Anyone can check a book or certificate by its number; the site's QR code leads there. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class DocumentVerificationTest {

    private static String number(String permitId, String kind) {
        JsonPath p = as(Role.COUNTY_CLERK).get("/api/v1/permits/" + permitId).then().statusCode(200).extract()
                .jsonPath();
        return p.getString("documents.findAll { it.kind == '" + kind + "' }.last().number");
    }

    private static String head() {
        return "欧阳" + "建" + UUID.randomUUID().toString().substring(0, 1).replaceAll("[0-9a-f]", "国");
    }

    @Test
    void aCertificateIsVerifiedWithoutLoginAndShowsNoIdentifiers() {
        String id = Builds.permitted("上官建国");
        String number = number(id, "CERTIFICATE");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = given().get("/api/v1/documents/certificate/" + number).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("kind", equalTo("CERTIFICATE"))
                .body("kindZh", equalTo("乡村建设规划许可证"))
                .body("number", equalTo(number))
                .body("revision", equalTo(1))
                .body("issuedOn", equalTo(today))
                .body("firstIssuedOn", equalTo(today))
                .body("status", equalTo("VALID"))
                .body("statusZh", equalTo("有效"))
                .body("buildState", equalTo("PERMITTED"))
                .body("township", equalTo("城关镇"))
                .body("village", equalTo("东门村"))
                .body("householdHead", equalTo("上**国"))
                .body("buildKind", equalTo("NEW_BUILD"))
                .body("storeys", equalTo(2))
                .body("floorArea", equalTo(220.0f))
                .extract().asString();
        assertFalse(body.contains(id), "no internal id");
        assertFalse(body.contains("上官建国"), "the head's name is masked");
        assertFalse(body.matches("(?s).*\\d{17}[\\dX].*"), "no resident ID");

        given().get("/api/v1/documents/BOOK/" + number(id, "BOOK")).then().statusCode(200)
                .body("kind", equalTo("BOOK")).body("kindZh", equalTo("选址意见书")).body("status", equalTo("VALID"))
                .body("validUntil", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aReissuedCertificateShowsItsCurrentRevisionAndARevokedOneSaysSo() {
        String id = Builds.permitted(head());
        String number = number(id, "CERTIFICATE");
        as(Role.TOWNSHIP_OFFICER).header("If-Match", Builds.etag(id)).body(Map.of("reason", "户主姓名错字更正"))
                .post("/api/v1/permits/" + id + "/documents/CERTIFICATE/reissue").then().statusCode(200);
        given().get("/api/v1/documents/CERTIFICATE/" + number).then().statusCode(200).body("revision", equalTo(2))
                .body("status", equalTo("VALID"));

        Builds.move(Role.COUNTY_ADMIN, id, Map.of("action", "revoke", "reason", "违反规划许可内容建设"))
                .then().statusCode(200);
        given().get("/api/v1/documents/CERTIFICATE/" + number).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("statusZh", equalTo("已撤销")).body("buildState", equalTo("REVOKED"));
    }

    @Test
    void unknownNumbersAreNotFoundAndMalformedOnesAreNamed() {
        given().get("/api/v1/documents/CERTIFICATE/369901-1999-999999").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:anju:problem:document-not-found"))
                .body("titleZh", equalTo("未查到该文书，请核实编号或向乡镇咨询"));
        given().get("/api/v1/documents/CERTIFICATE/12345").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("number"))
                .body("errors[0].rule", equalTo("document-number-format"));
        given().get("/api/v1/documents/APPLICATION/369901-2026-000001").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void theQrCodeLeadsToThePublicVerificationPage() throws Exception {
        String id = Builds.permitted(head());
        String number = number(id, "CERTIFICATE");
        byte[] png = as(Role.TOWNSHIP_OFFICER).get("/api/v1/permits/" + id + "/documents/CERTIFICATE/qr").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals("http://localhost:8080/verify/certificate/" + number, text);

        String draft = Builds.draft(head());
        as(Role.TOWNSHIP_OFFICER).get("/api/v1/permits/" + draft + "/documents/CERTIFICATE/qr").then()
                .statusCode(409).body("type", equalTo("urn:anju:problem:document-not-issued"));
        given().auth().oauth2(TestTokens.as(Role.TOWNSHIP_OFFICER, TestTokens.QINGSHI))
                .get("/api/v1/permits/" + id + "/documents/CERTIFICATE/qr").then().statusCode(404)
                .body("status", equalTo(404)).body("detail", org.hamcrest.Matchers.not(nullValue()));
        given().get("/api/v1/permits/" + id + "/documents/CERTIFICATE/qr").then().statusCode(401);
    }
}
