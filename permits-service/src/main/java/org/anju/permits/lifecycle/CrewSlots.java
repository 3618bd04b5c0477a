package org.anju.permits.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.permits.crew.CrewEligibility;
import org.anju.permits.crew.CrewEligibilityClient;
import org.anju.permits.crew.CrewReservationClient;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitMapper;
import org.anju.permits.rules.CrewRule;
import org.anju.permits.rules.RuleViolations;

/**
 * Takes the build's crew job slot in registry-service at the moment of the decision (issuing the certificate, or
 * changing the crew of a permitted build), inside the permit's locked transaction: the crew's limit holds under any
 * concurrency. A slot taken by a transaction that then rolls back is released at once (best effort; registry-service
 * lets an unconfirmed slot lapse anyway); after a commit, the outbox's crew.assigned confirms it.
 */
@ApplicationScoped
public class CrewSlots {

    public static final String AT_CAPACITY = "crew-at-capacity";

    private final CrewReservationClient registry;
    private final TransactionSynchronizationRegistry transactions;

    public CrewSlots(CrewReservationClient registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Reserves a slot of {@code p.crewId} for {@code p}, or throws the refusal (409, 422, 503); nothing else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(Permit p, String step) {
        CrewReservationClient.Answer answer;
        try {
            answer = registry.reserve(p.crewId, p.id, p.plannedStartOn);
        } catch (CrewEligibilityClient.RegistryUnavailable e) {
            throw registryUnavailable(step, p.crewId, e);
        }
        if (answer instanceof CrewReservationClient.Reserved r) {
            if (r.takenNow()) {
                releaseOnRollback(p.crewId, p.id);
            }
            return;
        }
        if (answer instanceof CrewReservationClient.AtCapacity c) {
            throw atCapacity(step, p.crewId, c.activeJobs(), c.maxConcurrentJobs());
        }
        Optional<CrewEligibility> eligibility = answer instanceof CrewReservationClient.NotEligible n
                ? Optional.of(n.eligibility()) : Optional.empty();
        RuleViolations.throwIfAny(CrewRule.check(PermitMapper.facts(p), eligibility), step);
        // not eligible for no reason but its limit (registry answers that with 409; kept safe all the same)
        CrewEligibility e = eligibility.orElseThrow();
        throw atCapacity(step, p.crewId, e.activeJobs() == null ? 0 : e.activeJobs(),
                e.maxConcurrentJobs() == null ? 0 : e.maxConcurrentJobs());
    }

    private void releaseOnRollback(UUID crewId, UUID permitId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    registry.release(crewId, permitId);
                }
            }
        });
    }

    static ProblemException atCapacity(String step, UUID crewId, long active, int max) {
        String en = "The crew already has " + active + " active jobs; its limit is " + max;
        String zh = "该施工队伍在建项目已有 " + active + " 个，已达上限 " + max + " 个";
        boolean certificate = "issue-certificate".equals(step);
        return new ProblemException(409, AT_CAPACITY,
                certificate ? "施工队伍在建项目已达上限，许可证未核发" : "施工队伍在建项目已达上限，未变更施工队伍",
                certificate ? "Crew at its concurrent-job limit; certificate not issued"
                        : "Crew at its concurrent-job limit; crew not changed",
                en, List.of(new FieldViolation("crewId", AT_CAPACITY, en, zh, crewId.toString())))
                .zh(zh)
                .with("step", step)
                .with("crewId", crewId.toString())
                .with("activeJobs", active)
                .with("maxConcurrentJobs", max);
    }

    static ProblemException registryUnavailable(String step, UUID crewId, RuntimeException cause) {
        boolean certificate = "issue-certificate".equals(step);
        return new ProblemException(503, "registry-unavailable",
                certificate ? "无法核验施工队伍资格，许可证未核发" : "无法核验施工队伍资格，未变更施工队伍",
                certificate ? "Crew eligibility cannot be checked; certificate not issued"
                        : "Crew eligibility cannot be checked; crew not changed",
                "registry-service did not answer (" + cause.getMessage() + "); "
                        + (certificate ? "the certificate is not issued" : "the crew is not changed")
                        + " on a guess. Try again when the registry is back.")
                .with("step", step)
                .with("crewId", crewId.toString());
    }
}
