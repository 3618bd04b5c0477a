package org.anju.registry.craftsman;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.common.identity.ResidentIdNumber;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.registry.support.Access;
import org.anju.registry.support.Clock;
import org.anju.registry.support.Divisional;
import org.anju.registry.support.Refusals;

/** Registers craftsmen, keeps their details and training records. */
@ApplicationScoped
public class CraftsmanService {

    private final CraftsmanRepository craftsmen;
    private final TrainingRecordRepository training;
    private final Divisions divisions;

    public CraftsmanService(CraftsmanRepository craftsmen, TrainingRecordRepository training, Divisions divisions) {
        this.craftsmen = craftsmen;
        this.training = training;
        this.divisions = divisions;
    }

    @Transactional
    public Craftsman register(RegisterCraftsman r, Caller caller) {
        Divisional.requireTownship(divisions, "homeTownshipCode", r.homeTownshipCode());
        Access.requireWritable(caller, r.homeTownshipCode());
        Divisional.requireVillageIn(divisions, "homeVillageCode", r.homeVillageCode(), r.homeTownshipCode());
        requireCertificate(r.skillLevel(), r.certifyingBody(), r.certificateNumber());
        String residentId = ResidentIdNumber.normalize(r.residentId());
        craftsmen.lockResidentId(residentId);
        if (craftsmen.residentIdTaken(residentId)) {
            throw Refusals.conflict("residentId", "duplicate-resident-id",
                    "A craftsman with this resident ID number is already registered", "该身份证号码的工匠已登记",
                    ResidentIdNumber.mask(residentId));
        }
        Craftsman c = new Craftsman();
        c.id = UUID.randomUUID();
        c.residentId = residentId;
        c.createdAt = Clock.now();
        apply(c, r.name(), r.phone(), r.homeTownshipCode(), r.homeVillageCode(), r.trades(), r.skillLevel(),
                r.certifyingBody(), r.certificateNumber());
        craftsmen.persistAndFlush(c);
        return c;
    }

    public Craftsman get(UUID id, Caller caller) {
        Access.requireReader(caller);
        Craftsman c = craftsmen.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Craftsman", id));
        Access.requireVisible(caller, c.townshipCode, "Craftsman", id);
        return c;
    }

    @Transactional
    public Craftsman update(UUID id, String ifMatch, UpdateCraftsman u, Caller caller) {
        Craftsman c = get(id, caller);
        Access.requireWritable(caller, c.townshipCode);
        Versions.requireMatch(ifMatch, c.version);
        Divisional.requireTownship(divisions, "homeTownshipCode", u.homeTownshipCode());
        Access.requireWritable(caller, u.homeTownshipCode());
        Divisional.requireVillageIn(divisions, "homeVillageCode", u.homeVillageCode(), u.homeTownshipCode());
        requireCertificate(u.skillLevel(), u.certifyingBody(), u.certificateNumber());
        apply(c, u.name(), u.phone(), u.homeTownshipCode(), u.homeVillageCode(), u.trades(), u.skillLevel(),
                u.certifyingBody(), u.certificateNumber());
        craftsmen.flush();
        return c;
    }

    @Transactional
    public TrainingRecord addTraining(UUID craftsmanId, AddTrainingRecord a, Caller caller) {
        Craftsman c = get(craftsmanId, caller);
        Access.requireWritable(caller, c.townshipCode);
        if (a.completedOn().isAfter(Clock.today())) {
            throw Refusals.rule("completedOn", "training-date-in-future", "A course cannot be completed in the future",
                    "培训完成日期不能晚于今天", a.completedOn().toString());
        }
        TrainingRecord t = new TrainingRecord();
        t.id = UUID.randomUUID();
        t.craftsmanId = c.id;
        t.course = a.course().trim();
        t.hours = a.hours();
        t.mode = a.mode();
        t.completedOn = a.completedOn();
        t.provider = a.provider().trim();
        t.createdAt = Clock.now();
        training.persist(t);
        return t;
    }

    public List<TrainingRecord> training(UUID craftsmanId, Caller caller) {
        get(craftsmanId, caller);
        return training.of(craftsmanId);
    }

    private static void requireCertificate(Integer level, String body, String number) {
        if (level == null) {
            return;
        }
        if (body == null || body.isBlank()) {
            throw Refusals.rule("certifyingBody", "certificate-required",
                    "A skill level needs the body that certified it", "填写技能等级时须填写发证机构", null);
        }
        if (number == null || number.isBlank()) {
            throw Refusals.rule("certificateNumber", "certificate-required",
                    "A skill level needs its certificate number", "填写技能等级时须填写证书编号", null);
        }
    }

    private static void apply(Craftsman c, String name, String phone, String township, String village,
            java.util.Set<Trade> trades, Integer level, String body, String number) {
        c.name = name.trim();
        c.phone = phone;
        c.townshipCode = township;
        c.villageCode = village;
        c.trades.clear();
        c.trades.addAll(trades.isEmpty() ? EnumSet.noneOf(Trade.class) : EnumSet.copyOf(trades));
        c.skillLevel = level;
        c.certifyingBody = level == null ? null : body.trim();
        c.certificateNumber = level == null ? null : number.trim();
    }
}
