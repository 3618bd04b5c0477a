package org.anju.inspections.support;

import static org.anju.inspections.support.Fixtures.SITE_LNG;
import static org.anju.inspections.support.Fixtures.checkIn;
import static org.anju.inspections.support.Fixtures.inspector;
import static org.anju.inspections.support.Fixtures.north;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Records visits through the API for tests that need one. */
public final class Visits {

    private Visits() {
    }

    /** Records a visit of the permit on site (40 m away, 10 m accuracy) and returns its id. */
    public static String onSite(UUID permitId, String type, Map<String, Object> answers, String outcome) {
        return record(permitId, type, north(40), answers, outcome);
    }

    public static String record(UUID permitId, String type, double lat, Map<String, Object> answers, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("permitId", permitId);
        body.put("type", type);
        body.put("checkIn", checkIn(lat, SITE_LNG, 10.0));
        if (answers != null) {
            body.put("answers", answers);
        }
        body.put("outcome", outcome);
        return inspector().body(body).post("/api/v1/visits").then().statusCode(201).extract().path("id");
    }
}
