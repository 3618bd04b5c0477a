package org.anju.common.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Test;

/**
 * The wire shape of the events between the services: the keys each payload carries, and that what a sender writes
 * is what a receiver reads back (a strict reader: an unknown or renamed key fails).
 */
class EventsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    private List<String> keys(Object event) {
        List<String> out = new ArrayList<>();
        json.valueToTree(event).fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void eachEventCarriesTheKeysItsReceiverReads() {
        Map<Object, List<String>> expected = Map.of(
                new Events.VisitPassed(A, B, "SETTING_OUT", OffsetDateTime.parse("2026-12-04T10:00:00+08:00")),
                List.of("permitId", "visitId", "visitType", "passedAt"),
                new Events.StopWorkIssued(A, B, "擅自加层"), List.of("permitId", "noticeId", "reason"),
                new Events.StopWorkLifted(A, B), List.of("permitId", "noticeId"),
                new Events.CrewAssigned(A, B), List.of("crewId", "permitId"),
                new Events.CrewReleased(A, B), List.of("crewId", "permitId"),
                new Events.HazardConfirmed(A, B, C, "MAJOR"), List.of("hazardId", "permitId", "crewId", "grade"),
                new Events.HazardVoided(A, B, C, "MAJOR", "误判", "admin"),
                List.of("hazardId", "permitId", "crewId", "grade", "reason", "voidedBy"));
        expected.forEach((event, wire) -> assertEquals(wire, keys(event), event.getClass().getSimpleName()));
    }

    @Test
    void whatASenderWritesAReceiverReadsBack() throws Exception {
        List<Object> events = List.of(
                new Events.VisitPassed(A, B, "SETTING_OUT", OffsetDateTime.parse("2026-12-04T10:00:00+08:00")),
                new Events.StopWorkIssued(A, B, "擅自加层"), new Events.StopWorkLifted(A, B),
                new Events.CrewAssigned(A, B), new Events.CrewReleased(A, B),
                new Events.HazardConfirmed(A, B, C, "MAJOR"), new Events.HazardVoided(A, B, C, "MAJOR", "误判", "admin"));
        for (Object event : events) {
            JsonNode wire = json.readTree(json.writeValueAsString(event));
            Object read = json.treeToValue(wire, event.getClass());
            if (event instanceof Events.VisitPassed v) {
                // the instant survives; the offset is the writer's
                assertEquals(v.passedAt().toInstant(), ((Events.VisitPassed) read).passedAt().toInstant());
            } else {
                assertEquals(event, read);
            }
        }
    }

    @Test
    void theTypesAreTheOnesTheReceiversSwitchOn() {
        assertEquals(List.of("visit.passed", "stopwork.issued", "stopwork.lifted", "crew.assigned", "crew.released",
                "hazard.confirmed", "hazard.voided"), List.of(Events.VisitPassed.TYPE, Events.StopWorkIssued.TYPE,
                        Events.StopWorkLifted.TYPE, Events.CrewAssigned.TYPE, Events.CrewReleased.TYPE,
                        Events.HazardConfirmed.TYPE, Events.HazardVoided.TYPE));
    }
}
