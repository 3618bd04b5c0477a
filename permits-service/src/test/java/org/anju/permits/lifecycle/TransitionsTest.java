package org.anju.permits.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anju.common.security.Role;
import org.anju.permits.permit.Track;
import org.junit.jupiter.api.Test;

/** The transition table itself. */
class TransitionsTest {

    @Test
    void mainLineRunsFromDraftToArchived() {
        PermitState s = PermitState.DRAFT;
        for (Action a : List.of(Action.SUBMIT, Action.VILLAGE_REVIEW, Action.SURVEY, Action.ISSUE_BOOK,
                Action.ISSUE_CERTIFICATE, Action.START_CONSTRUCTION, Action.COMPLETE, Action.ARCHIVE)) {
            s = Transitions.find(a, s).orElseThrow().to();
        }
        assertEquals(PermitState.ARCHIVED, s);
    }

    @Test
    void aStepCannotBeSkipped() {
        assertTrue(Transitions.find(Action.ISSUE_BOOK, PermitState.SUBMITTED).isEmpty());
        assertEquals(List.of(Action.VILLAGE_REVIEW, Action.REJECT, Action.WITHDRAW),
                Transitions.allowedFrom(PermitState.SUBMITTED));
    }

    @Test
    void countyApprovesAboveTheLimitAndTownshipBelow() {
        var t = Transitions.of(Action.ISSUE_CERTIFICATE);
        assertTrue(t.roles().apply(Track.BELOW_LIMIT).contains(Role.TOWNSHIP_OFFICER));
        assertTrue(t.roles().apply(Track.ABOVE_LIMIT).contains(Role.COUNTY_CLERK));
        assertTrue(!t.roles().apply(Track.ABOVE_LIMIT).contains(Role.TOWNSHIP_OFFICER));
    }

    @Test
    void aCrewIsAssignedInPlaceUntilSettingOutByTheApproverOfTheTrack() {
        var t = Transitions.of(Action.ASSIGN_CREW);
        assertEquals(PermitState.BOOK_ISSUED, t.target(PermitState.BOOK_ISSUED, null));
        assertEquals(PermitState.PERMITTED, t.target(PermitState.PERMITTED, null));
        assertTrue(Transitions.find(Action.ASSIGN_CREW, PermitState.UNDER_CONSTRUCTION).isEmpty());
        assertTrue(Transitions.find(Action.ASSIGN_CREW, PermitState.SITE_SURVEYED).isEmpty());
        assertEquals(java.util.Set.of(Role.TOWNSHIP_OFFICER), t.roles().apply(Track.BELOW_LIMIT));
        assertEquals(java.util.Set.of(Role.COUNTY_CLERK, Role.COUNTY_ADMIN), t.roles().apply(Track.ABOVE_LIMIT));
        assertTrue(t.inputs().contains(Transitions.Input.CREW_ID) && t.inputs().contains(Transitions.Input.REASON));
        assertEquals(PermitState.BOOK_ISSUED, Transitions.of(Action.RESUME).target(PermitState.SUSPENDED,
                PermitState.BOOK_ISSUED));
    }

    @Test
    void terminalStatesAllowNothing() {
        for (PermitState s : List.of(PermitState.ARCHIVED, PermitState.REJECTED, PermitState.WITHDRAWN,
                PermitState.REVOKED)) {
            assertTrue(Transitions.allowedFrom(s).isEmpty(), s.name());
        }
    }
}
