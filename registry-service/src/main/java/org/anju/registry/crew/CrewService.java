package org.anju.registry.crew;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.identity.SocialCreditCode;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.registry.config.RegistryConfig;
import org.anju.registry.craftsman.Craftsman;
import org.anju.registry.craftsman.CraftsmanRepository;
import org.anju.registry.qualification.QualificationState;
import org.anju.registry.support.Access;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Divisional;
import org.anju.registry.support.Refusals;

/** Files crews in the register and keeps their details and memberships. */
@ApplicationScoped
public class CrewService {

    private final CrewRepository crews;
    private final CrewMemberRepository members;
    private final CraftsmanRepository craftsmen;
    private final RegistrationNumbers numbers;
    private final Divisions divisions;
    private final RegistryConfig config;

    public CrewService(CrewRepository crews, CrewMemberRepository members, CraftsmanRepository craftsmen,
            RegistrationNumbers numbers, Divisions divisions, RegistryConfig config) {
        this.crews = crews;
        this.members = members;
        this.craftsmen = craftsmen;
        this.numbers = numbers;
        this.divisions = divisions;
        this.config = config;
    }

    @Transactional
    public Crew file(CrewDetails d, Caller caller) {
        Divisional.requireTownship(divisions, "townshipCode", d.townshipCode());
        Access.requireWritable(caller, d.townshipCode());
        String creditCode = creditCode(d);
        LocalDate today = Clock.today();
        requireInsurance(d.insuranceExpiresOn(), today);
        List<UUID> memberIds = memberIds(d);
        lockAndCheck(memberIds, null);
        Crew c = new Crew();
        c.id = UUID.randomUUID();
        c.registrationNumber = numbers.next(d.townshipCode().substring(0, 6), today.getYear());
        c.state = QualificationState.FILED;
        c.filedAt = Clock.now();
        apply(c, d, creditCode);
        crews.persist(c);
        for (UUID id : memberIds) {
            join(c.id, id, today);
        }
        crews.flush();
        return c;
    }

    public Crew get(UUID id, Caller caller) {
        Access.requireReader(caller);
        return visible(id, caller);
    }

    /** Any crew for any person's role, whatever its township (only for what the public may see of it); 404 when none. */
    public Crew anyTownship(UUID id, Caller caller) {
        Access.requireReader(caller);
        return crews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Crew", id));
    }

    /** The crew, or 404 when it does not exist or lies outside the caller's townships. */
    public Crew visible(UUID id, Caller caller) {
        Crew c = crews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Crew", id));
        Access.requireVisible(caller, c.townshipCode, "Crew", id);
        return c;
    }

    @Transactional
    public Crew update(UUID id, String ifMatch, CrewDetails d, Caller caller) {
        Crew c = get(id, caller);
        Access.requireWritable(caller, c.townshipCode);
        Versions.requireMatch(ifMatch, c.version);
        if (c.state == QualificationState.REVOKED) {
            throw ProblemException.conflict("crew-revoked", "队伍已被撤销", "Crew revoked",
                    "A revoked crew cannot be changed; file a new one").with("currentState", c.state);
        }
        Divisional.requireTownship(divisions, "townshipCode", d.townshipCode());
        Access.requireWritable(caller, d.townshipCode());
        String creditCode = creditCode(d);
        LocalDate today = Clock.today();
        if (!d.insuranceExpiresOn().equals(c.insuranceExpiresOn)) {
            requireInsurance(d.insuranceExpiresOn(), today);
        }
        List<UUID> memberIds = memberIds(d);
        lockAndCheck(memberIds, c.id);
        Set<UUID> wanted = new LinkedHashSet<>(memberIds);
        for (CrewMember m : members.activeOf(c.id)) {
            if (!wanted.remove(m.craftsmanId)) {
                m.leftOn = today;
            }
        }
        for (UUID newcomer : wanted) {
            join(c.id, newcomer, today);
        }
        apply(c, d, creditCode);
        crews.flush();
        return c;
    }

    private void apply(Crew c, CrewDetails d, String creditCode) {
        c.name = d.name().trim();
        c.kind = d.kind();
        c.creditCode = creditCode;
        c.leaderId = d.leaderId();
        c.townshipCode = d.townshipCode();
        c.contactName = d.contactName().trim();
        c.contactPhone = d.contactPhone();
        c.insurancePolicyNumber = d.insurancePolicyNumber().trim();
        c.insuranceExpiresOn = d.insuranceExpiresOn();
        c.maxConcurrentJobs = d.maxConcurrentJobs() == null ? config.defaultMaxConcurrentJobs()
                : d.maxConcurrentJobs();
    }

    private void join(UUID crewId, UUID craftsmanId, LocalDate on) {
        CrewMember m = new CrewMember();
        m.id = UUID.randomUUID();
        m.crewId = crewId;
        m.craftsmanId = craftsmanId;
        m.joinedOn = on;
        members.persist(m);
    }

    private static String creditCode(CrewDetails d) {
        String code = SocialCreditCode.normalize(d.creditCode());
        if (d.kind() == CrewKind.COMPANY && (code == null || code.isEmpty())) {
            throw Refusals.rule("creditCode", "credit-code-required",
                    "A company must give its unified social credit code (GB 32100)", "公司须填写统一社会信用代码", null);
        }
        return code == null || code.isEmpty() ? null : code;
    }

    private static void requireInsurance(LocalDate expiresOn, LocalDate today) {
        if (expiresOn.isBefore(today)) {
            throw Refusals.rule("insuranceExpiresOn", "insurance-expired",
                    "The accident insurance expired on " + expiresOn + "; file a current policy",
                    "意外伤害保险已于 " + expiresOn + " 到期，请提供有效保单", expiresOn.toString());
        }
    }

    private static List<UUID> memberIds(CrewDetails d) {
        List<UUID> ids = d.memberIds().stream().filter(Objects::nonNull).distinct().toList();
        if (!ids.contains(d.leaderId())) {
            throw Refusals.rule("leaderId", "leader-not-member", "The leader must be one of the crew's members",
                    "队长必须是队伍成员", d.leaderId().toString());
        }
        return ids;
    }

    /** Locks the craftsmen (in id order, so two filings cannot deadlock) and checks none is in another crew. */
    private void lockAndCheck(List<UUID> ids, UUID crewId) {
        Map<UUID, Craftsman> found = craftsmen.find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(k -> k.id, Function.identity()));
        List<UUID> sorted = new ArrayList<>(ids);
        for (int i = 0; i < sorted.size(); i++) {
            if (!found.containsKey(sorted.get(i))) {
                throw Refusals.rule("memberIds[" + i + "]", "unknown-craftsman",
                        "No craftsman " + sorted.get(i) + " is registered", "工匠 " + sorted.get(i) + " 未登记",
                        sorted.get(i).toString());
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            UUID id = sorted.get(i);
            var membership = members.activeMembership(id);
            if (membership.isPresent() && !membership.get().crewId.equals(crewId)) {
                Crew other = crews.findById(membership.get().crewId);
                throw Refusals.conflict("memberIds[" + i + "]", "craftsman-in-another-crew",
                        "Craftsman " + found.get(id).name + " is already a member of crew " + other.registrationNumber,
                        "工匠 " + found.get(id).name + " 已是队伍 " + other.registrationNumber + " 的成员", id.toString())
                        .with("otherCrewId", other.id);
            }
        }
    }
}
