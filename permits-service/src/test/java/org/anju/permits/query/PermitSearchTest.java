package org.anju.permits.query;

import static org.anju.permits.support.Builds.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.UUID;

import org.anju.common.security.Role;
import org.anju.permits.support.Builds;
import org.anju.permits.support.RegistryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** GET /permits?household= and ?q=: a household's builds, and search by number or head's name, within township. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class PermitSearchTest {

    /** A name no other test uses: two rare characters and a marker. */
    private static String uniqueName(String given) {
        return "欧阳" + given + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void aHouseholdsBuildsNewestFirstWithItsHeadsName() {
        String name = uniqueName("栋梁");
        String household = Builds.household(name, Builds.VILLAGE, Builds.CHENGGUAN);
        String first = Builds.draft(household, Builds.CHENGGUAN);
        String second = Builds.draft(household, Builds.CHENGGUAN);
        Builds.draft(Builds.household(uniqueName("别家"), Builds.VILLAGE, Builds.CHENGGUAN), Builds.CHENGGUAN);
        as(Role.TOWNSHIP_OFFICER).queryParam("household", household).get("/api/v1/permits").then().statusCode(200)
                .body("items.id", contains(second, first))
                .body("items.householdId", everyItem(equalTo(household)))
                .body("items.headName", everyItem(equalTo(name)));
        as(Role.TOWNSHIP_OFFICER).queryParam("household", "not-a-uuid").get("/api/v1/permits").then().statusCode(400)
                .body("errors[0].field", equalTo("household"));
    }

    @Test
    void anotherTownshipsHouseholdIsNeverListed() {
        String name = uniqueName("青石");
        String qingshi = Builds.household(name, Builds.QINGSHI_VILLAGE, Builds.QINGSHI);
        String qingshiBuild = Builds.draft(qingshi, Builds.QINGSHI);
        String chengguan = Builds.draft(Builds.household(name, Builds.VILLAGE, Builds.CHENGGUAN), Builds.CHENGGUAN);
        as(Role.TOWNSHIP_OFFICER).queryParam("household", qingshi).get("/api/v1/permits").then().statusCode(200)
                .body("items", empty());
        as(Role.TOWNSHIP_OFFICER).queryParam("q", name).get("/api/v1/permits").then().statusCode(200)
                .body("items.id", contains(chengguan));
        as(Role.TOWNSHIP_OFFICER).queryParam("q", name).queryParam("township", Builds.QINGSHI).get("/api/v1/permits")
                .then().statusCode(200).body("items", empty());
        as(Role.COUNTY_CLERK).queryParam("q", name).get("/api/v1/permits").then().statusCode(200)
                .body("items.id", containsInAnyOrder(chengguan, qingshiBuild));
        as(Role.INSPECTOR, Builds.QINGSHI).queryParam("household", qingshi).get("/api/v1/permits").then()
                .statusCode(200).body("items.id", contains(qingshiBuild));
    }

    @Test
    void searchFindsAPartOfTheHeadsNameEvenOneCharacter() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "欧阳" + "鑫" + marker;
        String id = Builds.draft(name);
        as(Role.TOWNSHIP_OFFICER).queryParam("q", "鑫" + marker).get("/api/v1/permits").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].headName", equalTo(name));
        // case-insensitive, and the characters must come in order
        as(Role.TOWNSHIP_OFFICER).queryParam("q", marker.toUpperCase()).get("/api/v1/permits").then()
                .body("items.id", contains(id));
        as(Role.TOWNSHIP_OFFICER).queryParam("q", marker + "鑫").get("/api/v1/permits").then().body("items", empty());
        // a single character finds every head with it (here: at least ours, within the page)
        as(Role.TOWNSHIP_OFFICER).queryParam("q", "鑫").queryParam("limit", 100).get("/api/v1/permits").then()
                .body("items.headName", everyItem(org.hamcrest.Matchers.containsString("鑫")));
        // LIKE wildcards are taken literally
        as(Role.TOWNSHIP_OFFICER).queryParam("q", "%").get("/api/v1/permits").then().body("items", empty());
    }

    @Test
    void searchFindsAnApplicationOrBookNumberExactlyOrByItsBeginning() {
        String id = Builds.bookIssued(uniqueName("号码"));
        var permit = as(Role.COUNTY_CLERK).get("/api/v1/permits/" + id).then().statusCode(200).extract().jsonPath();
        String number = permit.getString("applicationNumber");
        String book = permit.getString("documents.find { it.kind == 'BOOK' }.number");
        as(Role.TOWNSHIP_OFFICER).queryParam("q", number).get("/api/v1/permits").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].applicationNumber", equalTo(number));
        as(Role.TOWNSHIP_OFFICER).queryParam("q", number.toLowerCase()).get("/api/v1/permits").then()
                .body("items.id", contains(id));
        as(Role.TOWNSHIP_OFFICER).queryParam("q", number.substring(0, number.length() - 1)).queryParam("limit", 100)
                .get("/api/v1/permits").then().body("items.applicationNumber",
                        everyItem(org.hamcrest.Matchers.startsWith(number.substring(0, number.length() - 1))));
        as(Role.TOWNSHIP_OFFICER).queryParam("q", book).get("/api/v1/permits").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        // the middle of a number is not its beginning
        as(Role.TOWNSHIP_OFFICER).queryParam("q", number.substring(3)).get("/api/v1/permits").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        as(Role.TOWNSHIP_OFFICER).queryParam("q", number).queryParam("state", "DRAFT").get("/api/v1/permits").then()
                .body("items", empty());
        as(Role.TOWNSHIP_OFFICER).queryParam("q", number).queryParam("household",
                permit.getString("householdId")).get("/api/v1/permits").then().body("items.id", contains(id));
    }
}
