package org.anju.permits.lifecycle;

import static org.anju.permits.lifecycle.PermitState.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.anju.common.security.Role;
import org.anju.permits.permit.Track;

/**
 * THE state machine of a build: one row per action with the states it leaves, the state it enters, who may take it
 * (by track), the inputs it needs and the guards it checks. Nothing else decides which move is allowed.
 */
public final class Transitions {

    /** Inputs a transition request must carry. */
    public enum Input {
        REASON, NOTICE_STARTED_ON, PLEDGE_SIGNED, CREW_ID
    }

    /**
     * One allowed move. {@code to == null} means "back to the state it was suspended from"; {@code inPlace} means the
     * action changes the build but not its state (assign-crew).
     */
    public record Transition(Action action, Set<PermitState> from, PermitState to, Function<Track, Set<Role>> roles,
            boolean byEvent, Set<Input> inputs, List<String> guards, boolean inPlace) {

        public Transition(Action action, Set<PermitState> from, PermitState to, Function<Track, Set<Role>> roles,
                boolean byEvent, Set<Input> inputs, List<String> guards) {
            this(action, from, to, roles, byEvent, inputs, guards, false);
        }

        /** The state a build in {@code current} (suspended from {@code suspendedFrom}) enters. */
        public PermitState target(PermitState current, PermitState suspendedFrom) {
            return inPlace ? current : to == null ? suspendedFrom : to;
        }
    }

    private static final Set<Role> VILLAGE = EnumSet.of(Role.VILLAGE_REVIEWER);
    private static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_OFFICER);
    private static final Set<Role> COUNTY = EnumSet.of(Role.COUNTY_CLERK, Role.COUNTY_ADMIN);
    private static final Set<Role> INTAKE = EnumSet.of(Role.VILLAGE_REVIEWER, Role.COUNTY_CLERK, Role.TOWNSHIP_OFFICER);
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN);

    /** Township approves below the limit, the county above it. */
    private static Set<Role> approver(Track track) {
        return track == Track.ABOVE_LIMIT ? COUNTY : TOWNSHIP;
    }

    /** Any supervisor may halt a build; above the limit only the county lets it go on again. */
    private static Set<Role> resumer(Track track) {
        return track == Track.ABOVE_LIMIT ? COUNTY : SUPERVISORS;
    }

    /**
     * What may still happen to a build while a stop-work notice is in force on it (DESIGN.md section 3: nothing else
     * resumes such a build): it may be suspended (the notice's own effect), given another crew (the remedy when the crew
     * was unqualified), rejected, withdrawn or revoked. Every other
     * action, a manual resume included, answers 409 stop-work-in-force until inspections-service lifts the notice.
     */
    public static final Set<Action> UNDER_STOP_WORK = EnumSet.of(Action.SUSPEND, Action.ASSIGN_CREW, Action.REJECT,
            Action.WITHDRAW, Action.REVOKE);

    public static final List<Transition> TABLE = List.of(
            new Transition(Action.SUBMIT, EnumSet.of(DRAFT), SUBMITTED, t -> INTAKE, false, Set.of(),
                    List.of("one-household-one-build", "plot-held", "house-completed", "homestead-reference",
                            "design-present", "existing-grade-required", "dangerous-house-extension",
                            "above-limit-firms", "layer-missing", "inside-village-planning-area",
                            "outside-hazard-zones", "road-setback")),
            new Transition(Action.VILLAGE_REVIEW, EnumSet.of(SUBMITTED), VILLAGE_REVIEWED, t -> VILLAGE, false,
                    EnumSet.of(Input.NOTICE_STARTED_ON), List.of()),
            new Transition(Action.SURVEY, EnumSet.of(VILLAGE_REVIEWED), SITE_SURVEYED, t -> TOWNSHIP, true,
                    Set.of(), List.of("notice-period", "visit-passed:SITE_SURVEY")),
            new Transition(Action.ISSUE_BOOK, EnumSet.of(SITE_SURVEYED), BOOK_ISSUED, Transitions::approver, false,
                    Set.of(), List.of("layer-missing", "inside-village-planning-area", "outside-hazard-zones",
                    "road-setback")),
            new Transition(Action.ISSUE_CERTIFICATE, EnumSet.of(BOOK_ISSUED), PERMITTED, Transitions::approver, false,
                    EnumSet.of(Input.PLEDGE_SIGNED), List.of("book-valid", "design-present", "crew-eligible")),
            // A crew named (or changed) until setting-out; in PERMITTED it moves the job slot to the new crew.
            new Transition(Action.ASSIGN_CREW, EnumSet.of(BOOK_ISSUED, PERMITTED), null, Transitions::approver, false,
                    EnumSet.of(Input.REASON, Input.CREW_ID), List.of("crew-changed", "crew-eligible"), true),
            new Transition(Action.START_CONSTRUCTION, EnumSet.of(PERMITTED), UNDER_CONSTRUCTION, t -> TOWNSHIP, true,
                    Set.of(), List.of("visit-passed:SETTING_OUT")),
            new Transition(Action.COMPLETE, EnumSet.of(UNDER_CONSTRUCTION), COMPLETED, t -> SUPERVISORS, true,
                    Set.of(), List.of("visit-passed:all")),
            new Transition(Action.ARCHIVE, EnumSet.of(COMPLETED), ARCHIVED, t -> COUNTY, false, Set.of(), List.of()),
            new Transition(Action.REJECT, EnumSet.of(SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED), REJECTED,
                    t -> EnumSet.of(Role.VILLAGE_REVIEWER, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN),
                    false, EnumSet.of(Input.REASON), List.of()),
            new Transition(Action.WITHDRAW,
                    EnumSet.of(DRAFT, SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED, BOOK_ISSUED, PERMITTED), WITHDRAWN,
                    t -> EnumSet.of(Role.VILLAGE_REVIEWER, Role.COUNTY_CLERK), false, EnumSet.of(Input.REASON),
                    List.of()),
            new Transition(Action.SUSPEND, EnumSet.of(BOOK_ISSUED, PERMITTED, UNDER_CONSTRUCTION), SUSPENDED,
                    t -> SUPERVISORS, true, EnumSet.of(Input.REASON), List.of()),
            new Transition(Action.RESUME, EnumSet.of(SUSPENDED), null, Transitions::resumer, true,
                    EnumSet.of(Input.REASON), List.of("no-stop-work-in-force")),
            new Transition(Action.REVOKE, EnumSet.of(BOOK_ISSUED, PERMITTED, UNDER_CONSTRUCTION, SUSPENDED), REVOKED,
                    t -> COUNTY, false, EnumSet.of(Input.REASON), List.of()));

    private Transitions() {
    }

    public static Transition of(Action action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    /** The transition for this action from this state, if the table has one. */
    public static Optional<Transition> find(Action action, PermitState from) {
        return TABLE.stream().filter(t -> t.action() == action && t.from().contains(from)).findFirst();
    }

    /** The actions the table allows from a state. */
    public static List<Action> allowedFrom(PermitState state) {
        return TABLE.stream().filter(t -> t.from().contains(state)).map(Transition::action).toList();
    }
}
