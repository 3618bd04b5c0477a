package org.anju.registry.crew;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.registry.assignment.AssignmentRepository;
import org.anju.registry.craftsman.Craftsman;
import org.anju.registry.craftsman.CraftsmanRepository;
import org.anju.registry.qualification.QualificationLifecycle;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Masking;

/** Turns crews into their API views. */
@ApplicationScoped
public class CrewViews {

    private final CrewMemberRepository members;
    private final CraftsmanRepository craftsmen;
    private final AssignmentRepository assignments;
    private final Divisions divisions;

    public CrewViews(CrewMemberRepository members, CraftsmanRepository craftsmen, AssignmentRepository assignments,
            Divisions divisions) {
        this.members = members;
        this.craftsmen = craftsmen;
        this.assignments = assignments;
        this.divisions = divisions;
    }

    public CrewView view(Crew c, boolean full) {
        List<UUID> ids = members.activeOf(c.id).stream().map(m -> m.craftsmanId).toList();
        Map<UUID, Craftsman> byId = ids.isEmpty() ? Map.of()
                : craftsmen.list("id in ?1", ids).stream().collect(Collectors.toMap(k -> k.id, Function.identity()));
        List<MemberView> memberViews = byId.values().stream()
                .sorted(Comparator.comparing((Craftsman k) -> !k.id.equals(c.leaderId)).thenComparing(k -> k.name)
                        .thenComparing(k -> k.id))
                .map(k -> new MemberView(k.id, k.name, k.trades, k.skillLevel, k.id.equals(c.leaderId))).toList();
        return new CrewView(c.id, c.registrationNumber, c.name, c.kind, c.creditCode, c.leaderId, memberViews,
                c.townshipCode, c.contactName, Masking.phone(c.contactPhone, full), c.insurancePolicyNumber,
                c.insuranceExpiresOn, c.maxConcurrentJobs,
                QualificationLifecycle.effective(c.state, c.qualifiedUntil, Clock.today()), c.qualifiedFrom,
                c.qualifiedUntil, c.creditScore, assignments.activeJobs(c.id), c.filedAt, c.version);
    }

    public CrewSummary summary(Crew c) {
        return new CrewSummary(c.id, c.registrationNumber, c.name, c.kind, c.townshipCode,
                divisions.find(c.townshipCode).map(Division::name).orElse(null),
                QualificationLifecycle.effective(c.state, c.qualifiedUntil, Clock.today()), c.qualifiedUntil,
                c.creditScore, c.maxConcurrentJobs);
    }
}
