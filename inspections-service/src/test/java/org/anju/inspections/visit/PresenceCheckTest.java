package org.anju.inspections.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The presence rule on the edge of the radius, with and without a reported accuracy, and the clock-skew flag. */
class PresenceCheckTest {

    private static final double SITE_LAT = 28.452;
    private static final double SITE_LNG = 117.963;
    private final PresenceCheck check = new PresenceCheck(100, 25, Duration.ofMinutes(10));

    private static double north(double metres) {
        return SITE_LAT + metres / 111_195.0;
    }

    @Test
    void haversineMeasuresAKilometreOfLatitude() {
        assertEquals(1000.0, PresenceCheck.distanceMetres(SITE_LAT, SITE_LNG, north(1000), SITE_LNG), 1.0);
    }

    @Test
    void onSiteWhenDistancePlusAccuracyIsWithinTheRadius() {
        assertTrue(check.check(north(89), SITE_LNG, 10.0, SITE_LAT, SITE_LNG).onSite());
    }

    @Test
    void offSiteWhenTheAccuracyCircleReachesPastTheRadius() {
        assertFalse(check.check(north(91), SITE_LNG, 10.0, SITE_LAT, SITE_LNG).onSite());
    }

    @Test
    void exactlyOnTheRadiusWithPerfectAccuracyCounts() {
        assertTrue(check.check(north(99.9), SITE_LNG, 0.0, SITE_LAT, SITE_LNG).onSite());
        assertFalse(check.check(north(100.2), SITE_LNG, 0.0, SITE_LAT, SITE_LNG).onSite());
    }

    @Test
    void missingAccuracyIsTakenAsTheAssumedOneNotAsPerfect() {
        assertTrue(check.check(north(74), SITE_LNG, null, SITE_LAT, SITE_LNG).onSite());
        PresenceCheck.Result r = check.check(north(80), SITE_LNG, null, SITE_LAT, SITE_LNG);
        assertFalse(r.onSite());
        assertEquals(25.0, r.accuracyUsedMetres());
    }

    @Test
    void anAccuracyAsWideAsTheRadiusNeverProvesPresence() {
        assertFalse(check.check(SITE_LAT, SITE_LNG, 100.5, SITE_LAT, SITE_LNG).onSite());
    }

    @Test
    void twoKilometresAwayIsOffSite() {
        PresenceCheck.Result r = check.check(north(2000), SITE_LNG, 5.0, SITE_LAT, SITE_LNG);
        assertFalse(r.onSite());
        assertEquals(2000.0, r.distanceMetres(), 2.0);
    }

    @Test
    void clockSkewBeyondTenMinutesIsFlaggedEitherWay() {
        OffsetDateTime server = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");
        assertFalse(check.clockSkewed(server.minusMinutes(10), server));
        assertTrue(check.clockSkewed(server.minusMinutes(11), server));
        assertTrue(check.clockSkewed(server.plusMinutes(11), server));
    }
}
