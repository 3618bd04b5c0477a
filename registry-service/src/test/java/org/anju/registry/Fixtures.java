package org.anju.registry;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.anju.common.identity.ResidentIdNumber;
import org.anju.common.identity.SocialCreditCode;
import org.anju.common.security.Role;
import org.anju.common.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds unique registrations through the API, so tests can run twice against the same database. */
public final class Fixtures {

    public static final String TOWNSHIP = "369901101000";
    public static final String VILLAGE = "369901101201";
    public static final String OTHER_TOWNSHIP = "369901200000";

    private Fixtures() {
    }

    /** Today in the county's zone, as the service sees it. */
    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** A caller with this role (wire name) and these townships, by bearer token as the gateway issues it. */
    public static RequestSpecification as(String role, String... townships) {
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.token("test-" + role,
                List.of(Role.fromWire(role)), List.of(townships), 300));
    }

    public static RequestSpecification admin() {
        return as("county_admin");
    }

    public static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(14000));
        String first17 = "369901" + birth.toString().replace("-", "") + "%03d".formatted(r.nextInt(1000));
        return first17 + ResidentIdNumber.checkDigit(first17);
    }

    public static String creditCode() {
        String first17 = "91369901MA" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + SocialCreditCode.checkCharacter(first17);
    }

    public static String uniqueName(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    public static Map<String, Object> craftsmanBody(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("residentId", residentId());
        b.put("phone", "13812345678");
        b.put("homeTownshipCode", TOWNSHIP);
        b.put("homeVillageCode", VILLAGE);
        b.put("trades", List.of("MASON", "REBAR"));
        b.put("skillLevel", 4);
        b.put("certifyingBody", "示范县人力资源和社会保障局");
        b.put("certificateNumber", "S-" + System.nanoTime());
        return b;
    }

    public static String craftsman() {
        return craftsman(craftsmanBody(uniqueName("工匠")));
    }

    public static String craftsman(Map<String, Object> body) {
        return admin().body(body).post("/api/v1/craftsmen").then().statusCode(201).extract().path("id");
    }

    public static void training(String craftsmanId, int hours, String mode, LocalDate on) {
        admin().body(Map.of("course", "农房建设质量安全培训", "hours", hours, "mode", mode, "completedOn", on.toString(),
                "provider", "示范县住建局")).post("/api/v1/craftsmen/" + craftsmanId + "/training-records")
                .then().statusCode(201);
    }

    /** A leader whose training is current today. */
    public static String trainedCraftsman() {
        String id = craftsman();
        training(id, 24, "OFFLINE", today().minusDays(30));
        training(id, 16, "ONLINE", today().minusDays(60));
        return id;
    }

    public static Map<String, Object> crewBody(String leader, List<String> members) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", uniqueName("测试施工队"));
        b.put("kind", "INDIVIDUAL_CREW");
        b.put("leaderId", leader);
        b.put("memberIds", members);
        b.put("townshipCode", TOWNSHIP);
        b.put("contactName", "张建国");
        b.put("contactPhone", "13912345678");
        b.put("insurancePolicyNumber", "PICC-" + System.nanoTime());
        b.put("insuranceExpiresOn", today().plusMonths(6).toString());
        return b;
    }

    /** A filed crew of a trained leader and two members; returns the crew id. */
    public static String crew() {
        String leader = trainedCraftsman();
        List<String> members = new ArrayList<>(List.of(leader, craftsman(), craftsman()));
        return admin().body(crewBody(leader, members)).post("/api/v1/crews").then().statusCode(201).extract()
                .path("id");
    }

    public static void decide(String crewId, String action) {
        admin().body(Map.of("action", action, "reason", "test " + action))
                .post("/api/v1/crews/" + crewId + "/qualification/decisions").then().statusCode(200);
    }

    public static String qualifiedCrew() {
        String id = crew();
        decide(id, "QUALIFY");
        return id;
    }
}
