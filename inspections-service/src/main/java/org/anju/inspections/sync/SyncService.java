package org.anju.inspections.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.anju.common.problem.BilingualMessages;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.problem.ProblemTypes;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.inspections.cases.CaseService;
import org.anju.inspections.cases.OpenCase;
import org.anju.inspections.hazard.HazardService;
import org.anju.inspections.hazard.NewHazard;
import org.anju.inspections.permit.SiteLookup;
import org.anju.inspections.visit.RecordVisit;
import org.anju.inspections.visit.Visit;
import org.anju.inspections.visit.VisitRepository;
import org.anju.inspections.visit.VisitService;

import io.quarkus.logging.Log;

/**
 * Applies an offline batch item by item, each in its own transaction: visits first, then hazards (which may refer
 * to them), then cases. A known id creates nothing and answers ALREADY_KNOWN, so replaying a batch is harmless.
 */
@ApplicationScoped
public class SyncService {

    private final VisitService visits;
    private final VisitRepository visitRepository;
    private final HazardService hazards;
    private final CaseService cases;
    private final SiteLookup sites;
    private final Validator validator;
    private final BilingualMessages messages;

    public SyncService(VisitService visits, VisitRepository visitRepository, HazardService hazards, CaseService cases,
            SiteLookup sites, Validator validator, BilingualMessages messages) {
        this.visits = visits;
        this.visitRepository = visitRepository;
        this.hazards = hazards;
        this.cases = cases;
        this.sites = sites;
        this.validator = validator;
        this.messages = messages;
    }

    public SyncResult apply(SyncBatch batch, Caller caller) {
        List<SyncResult.Item> items = new ArrayList<>();
        List<RecordVisit> vs = batch.visits() == null ? List.of() : batch.visits();
        for (int i = 0; i < vs.size(); i++) {
            RecordVisit v = vs.get(i);
            items.add(item("visit", i, v == null ? null : v.id(), v, () -> {
                Visit known = visitRepository.findById(v.id());
                if (known != null && known.status == Visit.Status.RECORDED) {
                    VisitService.requireTownship(caller, known.townshipCode);
                    return false;
                }
                return visits.record(v, sites.forPermit(v.permitId()), caller, batch.sentAt()).created();
            }));
        }
        List<SyncBatch.SyncHazard> hs = batch.hazards() == null ? List.of() : batch.hazards();
        for (int i = 0; i < hs.size(); i++) {
            SyncBatch.SyncHazard h = hs.get(i);
            NewHazard nh = h == null ? null : new NewHazard(h.id(), h.type(), h.grade(), h.description(),
                    h.responsiblePerson(), h.deadline());
            items.add(item("hazard", i, h == null ? null : h.id(), nh, () -> {
                if (hazards.known(h.id()).isPresent()) {
                    return false;
                }
                if (h.visitId() == null) {
                    throw ProblemException.invalid(new FieldViolation("visitId", "required", "visitId is required",
                            "须填写巡查编号"));
                }
                Visit visit = visitRepository.findByIdOptional(h.visitId())
                        .filter(x -> caller.mayAccessTownship(x.townshipCode))
                        .orElseThrow(() -> ProblemException.notFound("Visit", h.visitId()));
                hazards.record(visit, nh, null, caller.user());
                return true;
            }));
        }
        List<OpenCase> cs = batch.cases() == null ? List.of() : batch.cases();
        Role role = caller.role().orElseThrow();
        for (int i = 0; i < cs.size(); i++) {
            OpenCase c = cs.get(i);
            items.add(item("case", i, c == null ? null : c.id(), c, () -> {
                if (cases.known(c.id()).isPresent()) {
                    return false;
                }
                cases.open(c, caller.user(), role.wireName(), caller::mayAccessTownship);
                return true;
            }));
        }
        return SyncResult.of(items);
    }

    private SyncResult.Item item(String kind, int index, UUID id, Object body, Supplier<Boolean> action) {
        String instance = "/api/v1/sync#" + kind + "s[" + index + "]";
        try {
            if (body == null || id == null) {
                throw ProblemException.invalid(new FieldViolation(kind + "s[" + index + "].id", "client-id-required",
                        "Every offline item needs the UUID the phone gave it", "离线数据每一项都须带有手机生成的 UUID"));
            }
            Set<ConstraintViolation<Object>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                List<FieldViolation> errors = violations.stream().map(v -> new FieldViolation(v.getPropertyPath()
                        .toString(), v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        v.getMessage(), messages.chinese(v))).sorted((a, b) -> a.field().compareTo(b.field())).toList();
                throw new ProblemException(400, ProblemTypes.VALIDATION, "请求参数无效", "Invalid request",
                        errors.size() + " fields are invalid", errors);
            }
            boolean created = action.get();
            return new SyncResult.Item(kind, index, id, created ? SyncResult.Outcome.NEW
                    : SyncResult.Outcome.ALREADY_KNOWN, null);
        } catch (ProblemException e) {
            return refused(kind, index, id, e, instance);
        } catch (RuntimeException e) {
            Log.errorf(e, "Sync item %s failed unexpectedly", instance);
            return refused(kind, index, id, new ProblemException(500, "unexpected", "服务器内部错误",
                    "Unexpected error", "The item could not be applied; nothing of it was kept"), instance);
        }
    }

    private static SyncResult.Item refused(String kind, int index, UUID id, ProblemException e, String instance) {
        Problem p = new Problem(e.type(), e.titleZh() + " / " + e.titleEn(), e.status(), e.getMessage(), instance,
                e.titleZh(), e.titleEn(), e.errors(), null, e.extensions());
        return new SyncResult.Item(kind, index, id, SyncResult.Outcome.REFUSED, p);
    }
}
