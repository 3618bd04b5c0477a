package org.anju.inspections.support;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests and data the tests share: callers, the demo site of 东门村 and checklist answers that pass. */
public final class Fixtures {

    public static final String TOWNSHIP = "369901100000";
    public static final String VILLAGE = "369901100201";
    public static final double SITE_LAT = 28.452;
    public static final double SITE_LNG = 117.963;

    private Fixtures() {
    }

    public static RequestSpecification inspector() {
        return given().contentType(ContentType.JSON).auth().oauth2(inspectorToken());
    }

    /** The bearer token of 城关镇's inspector insp-zhang. */
    public static String inspectorToken() {
        return TestTokens.token("insp-zhang", List.of(Role.INSPECTOR), List.of(TOWNSHIP), 300);
    }

    public static RequestSpecification otherTownship() {
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.token("insp-li",
                List.of(Role.INSPECTOR), List.of("369901101000"), 300));
    }

    /** A permit known to the permits stub, needing the given visit now, with a crew. */
    public static UUID permit(String nextVisit) {
        UUID id = UUID.randomUUID();
        PermitsStub.site(id, TOWNSHIP, VILLAGE, SITE_LAT, SITE_LNG, UUID.randomUUID(), nextVisit);
        return id;
    }

    public static Map<String, Object> trenchAnswers(boolean soundSoil) {
        return Map.of("TRENCH_DEPTH_CM", 120, "TRENCH_WIDTH_CM", 80, "DEPTH_WIDTH_AS_DESIGNED", true,
                "BEARING_SOIL_SOUND", soundSoil, "TRENCH_SIDES_SAFE", true, "CREW_MATCHES_PERMIT", true);
    }

    public static Map<String, Object> checkIn(double lat, double lng, Double accuracy) {
        return accuracy == null ? Map.of("clientTime", OffsetDateTime.now().toString(), "lat", lat, "lng", lng)
                : Map.of("clientTime", OffsetDateTime.now().toString(), "lat", lat, "lng", lng, "accuracyMetres",
                        accuracy);
    }

    /** Latitude this many metres north of the site. */
    public static double north(double metres) {
        return SITE_LAT + metres / 111_195.0;
    }

    /** Random bytes behind a JPEG signature: a photo as far as content sniffing goes, different every call. */
    public static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        new java.util.Random().nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }
}
