package org.anju.registry.crew;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.identity.Masking;
import org.anju.registry.assignment.AssignmentRepository;
import org.anju.registry.qualification.QualificationLifecycle;
import org.anju.registry.support.Clock;

/** Turns crews into their API views. */
@ApplicationScoped
public class CrewViews {

    private final CrewMemberRepository members;
    private final AssignmentRepository assignments;
    private final Divisions divisions;

    public CrewViews(CrewMemberRepository members, AssignmentRepository assignments, Divisions divisions) {
        this.members = members;
        this.assignments = assignments;
        this.divisions = divisions;
    }

    public CrewView view(Crew c, boolean full) {
        List<MemberView> memberViews = members.activeMemberViews(c.id, c.leaderId);
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
                c.creditScore, c.maxConcurrentJobs, c.qualifiedUntil);
    }
}
