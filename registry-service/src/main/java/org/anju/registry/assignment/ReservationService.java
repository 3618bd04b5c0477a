package org.anju.registry.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.registry.config.RegistryConfig;
import org.anju.registry.crew.Crew;
import org.anju.registry.crew.CrewRepository;
import org.anju.registry.eligibility.EligibilityAnswer;
import org.anju.registry.eligibility.EligibilityReason;
import org.anju.registry.eligibility.EligibilityService;
import org.anju.registry.support.Clock;

import io.quarkus.logging.Log;

/**
 * Reserves a crew's job slot for a build at the moment permits-service issues its certificate, so that the crew's
 * concurrent-job limit holds under any concurrency: the crew row is locked, eligibility re-run for the start day and
 * the live slots counted in one transaction. Idempotent per crew and permit: a repeat takes no second slot.
 */
@ApplicationScoped
public class ReservationService {

    public static final String AT_CAPACITY = "crew-at-capacity";
    public static final String NOT_ELIGIBLE = "crew-not-eligible";

    /** The reservation and whether this call took the slot (false: it was already held or confirmed). */
    public record Outcome(ReservationView reservation, boolean created) {
    }

    private final CrewRepository crews;
    private final AssignmentRepository assignments;
    private final EligibilityService eligibility;
    private final RegistryConfig config;

    public ReservationService(CrewRepository crews, AssignmentRepository assignments, EligibilityService eligibility,
            RegistryConfig config) {
        this.crews = crews;
        this.assignments = assignments;
        this.eligibility = eligibility;
        this.config = config;
    }

    @Transactional
    public Outcome reserve(UUID crewId, UUID permitId, LocalDate startsOn) {
        // The lock serialises every reservation of this crew: the count below cannot change until commit.
        Crew c = crews.findByIdOptional(crewId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Crew", crewId));
        OffsetDateTime now = Clock.now();
        OffsetDateTime until = now.plus(config.reservationHold());
        var existing = assignments.of(crewId, permitId);
        if (existing.isPresent() && existing.get().live(now)) {
            CrewAssignment a = existing.get();
            if (a.status == CrewAssignment.Status.HELD) {
                a.heldUntil = until;
                a.startsOn = startsOn;
            }
            return new Outcome(ReservationView.of(a, assignments.activeJobs(crewId, now), c.maxConcurrentJobs),
                    false);
        }
        long active = assignments.activeJobs(crewId, now);
        EligibilityAnswer answer = eligibility.evaluate(c, startsOn, active);
        List<EligibilityAnswer.ReasonView> other = answer.reasons().stream()
                .filter(r -> r.code() != EligibilityReason.AT_CONCURRENT_JOB_LIMIT).toList();
        if (!other.isEmpty()) {
            throw notEligible(answer);
        }
        if (active >= c.maxConcurrentJobs) {
            throw atCapacity(crewId, active, c.maxConcurrentJobs);
        }
        existing.ifPresent(a -> assignments.getEntityManager().detach(a));
        assignments.hold(crewId, permitId, startsOn, now, until);
        CrewAssignment held = assignments.of(crewId, permitId).orElseThrow();
        Log.debugf("Held a job slot of crew %s for permit %s until %s (%d of %d)", crewId, permitId, until,
                active + 1, c.maxConcurrentJobs);
        return new Outcome(ReservationView.of(held, active + 1, c.maxConcurrentJobs), true);
    }

    /** Frees the crew's slot on the permit; releasing one that is not held changes nothing. */
    @Transactional
    public void release(UUID crewId, UUID permitId) {
        crews.findByIdOptional(crewId).orElseThrow(() -> ProblemException.notFound("Crew", crewId));
        assignments.release(crewId, permitId, Clock.now());
    }

    static ProblemException atCapacity(UUID crewId, long active, int max) {
        String en = "The crew already has " + active + " active jobs; its limit is " + max;
        String zh = "该施工队伍在建项目已有 " + active + " 个，已达上限 " + max + " 个";
        return new ProblemException(409, AT_CAPACITY, "施工队伍在建项目已达上限", "Crew at its concurrent-job limit", en,
                List.of(new FieldViolation("crewId", AT_CAPACITY, en, zh, crewId.toString())))
                .with("crewId", crewId.toString())
                .with("activeJobs", active)
                .with("maxConcurrentJobs", max);
    }

    static ProblemException notEligible(EligibilityAnswer a) {
        List<FieldViolation> errors = a.reasons().stream()
                .map(r -> new FieldViolation("crewId", r.code().name(), r.message(), r.messageZh())).toList();
        return ProblemException.ruleViolated(NOT_ELIGIBLE, "施工队伍不具备承接资格", "Crew not eligible",
                "The crew may not take a job starting on " + a.on() + ": " + String.join("; ",
                        a.reasons().stream().map(EligibilityAnswer.ReasonView::message).toList()), errors)
                .with("crewId", a.crewId().toString())
                .with("on", a.on().toString())
                .with("reasons", a.reasons())
                .with("activeJobs", a.activeJobs())
                .with("maxConcurrentJobs", a.maxConcurrentJobs())
                .with("creditScore", a.creditScore())
                .with("minimumCreditScore", a.minimumCreditScore());
    }
}
