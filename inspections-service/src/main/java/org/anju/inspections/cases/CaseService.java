package org.anju.inspections.cases;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** Opens illegal construction cases and moves them through their states, recording each step. */
@ApplicationScoped
public class CaseService {

    private final EntityManager em;
    private final Divisions divisions;

    public CaseService(EntityManager em, Divisions divisions) {
        this.em = em;
        this.divisions = divisions;
    }

    /** A case already opened under this id, for replays. */
    public Optional<CaseView> known(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(IllegalCase.class, id)).map(this::view);
    }

    @Transactional
    public CaseView open(OpenCase in, String user, String role, Predicate<String> mayAccessTownship) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!divisions.isTownship(in.townshipCode())) {
            errors.add(new FieldViolation("townshipCode", "township-unknown", "Not a township of the county",
                    "不是本县的乡镇代码", in.townshipCode()));
        }
        if (in.villageCode() != null && !divisions.townshipOf(in.villageCode())
                .map(t -> t.code().equals(in.townshipCode())).orElse(false)) {
            errors.add(new FieldViolation("villageCode", "village-of-township", "Not a village of the township",
                    "不是该乡镇的村", in.villageCode()));
        }
        if (in.kind() == IllegalCase.Kind.NOT_AS_PERMITTED && in.permitId() == null) {
            errors.add(new FieldViolation("permitId", "permit-required", "A build not as permitted names its permit",
                    "不按许可建设的案件须填写许可编号"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolated("case-invalid", "案件信息不符合要求", "Case refused",
                    errors.size() + " fields break a rule", errors);
        }
        if (!mayAccessTownship.test(in.townshipCode())) {
            throw ProblemException.notFound("Township", in.townshipCode());
        }
        IllegalCase c = new IllegalCase();
        c.id = in.id() == null ? UUID.randomUUID() : in.id();
        c.kind = in.kind();
        c.state = CaseState.OPEN;
        c.townshipCode = in.townshipCode();
        c.villageCode = in.villageCode();
        c.lat = in.lat();
        c.lng = in.lng();
        c.permitId = in.permitId();
        c.household = in.household();
        c.description = in.description();
        c.visitId = in.visitId();
        c.openedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        c.openedBy = user;
        em.persist(c);
        record(c, null, CaseState.OPEN, user, role, in.description());
        em.flush();
        return view(c);
    }

    @Transactional
    public CaseView move(UUID id, CaseState target, String note, String ifMatch, String user, String role,
            Predicate<String> mayAccessTownship) {
        IllegalCase c = Optional.ofNullable(em.find(IllegalCase.class, id))
                .filter(x -> mayAccessTownship.test(x.townshipCode))
                .orElseThrow(() -> ProblemException.notFound("Case", id));
        Versions.requireMatch(ifMatch, c.version);
        if (!c.state.mayMoveTo(target)) {
            throw ProblemException.conflict("case-transition-not-allowed", "案件状态不允许此操作",
                    "Transition not allowed", "A case in state " + c.state + " cannot move to " + target)
                    .with("state", c.state).with("allowedNext", c.state.next());
        }
        CaseState from = c.state;
        c.moveTo(target);
        record(c, from, target, user, role, note);
        em.flush();
        return view(c);
    }

    private void record(IllegalCase c, CaseState from, CaseState to, String user, String role, String note) {
        CaseHistory h = new CaseHistory();
        h.caseId = c.id;
        h.fromState = from;
        h.toState = to;
        h.actor = user;
        h.actorRole = role;
        h.note = note;
        h.at = OffsetDateTime.now();
        em.persist(h);
    }

    public CaseView view(IllegalCase c) {
        return CaseView.of(c, em.createQuery("from CaseHistory where caseId = ?1 order by id", CaseHistory.class)
                .setParameter(1, c.id).getResultList());
    }

    /** Cases of a township in a state, oldest first, after the cursor position. */
    public List<IllegalCase> byState(String township, CaseState state, OffsetDateTime afterOpened, UUID afterId,
            int limit) {
        String q = "from IllegalCase where townshipCode = ?1 and state = ?2"
                + (afterOpened == null ? "" : " and (openedAt > ?3 or (openedAt = ?3 and id > ?4))")
                + " order by openedAt, id";
        var query = em.createQuery(q, IllegalCase.class).setParameter(1, township).setParameter(2, state);
        if (afterOpened != null) {
            query.setParameter(3, afterOpened).setParameter(4, afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public Optional<IllegalCase> find(UUID id) {
        return Optional.ofNullable(em.find(IllegalCase.class, id));
    }
}
