package org.anju.permits.household;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.audit.PersonalReads;
import org.anju.common.division.Divisions;
import org.anju.common.identity.Masking;
import org.anju.common.identity.ResidentIdNumber;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;


/** Registers households and answers them with their identifiers masked for everyone but the county admin. */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdRepository households;
    private final Divisions divisions;
    private final PersonalReads personalReads;

    public HouseholdService(HouseholdRepository households, Divisions divisions, PersonalReads personalReads) {
        this.households = households;
        this.divisions = divisions;
        this.personalReads = personalReads;
    }

    @Transactional
    public Household register(UUID id, HouseholdForm form, String by, Caller scope) {
        if (!divisions.isVillage(form.villageCode())) {
            throw ProblemException.invalid(new FieldViolation("villageCode", "known-village",
                    "villageCode " + form.villageCode() + " is not a village of the county", "村代码不是本县的村",
                    form.villageCode()));
        }
        String township = divisions.townshipOf(form.villageCode()).orElseThrow().code();
        if (scope != null && !scope.mayAccessTownship(township)) {
            throw new ProblemException(403, "forbidden", "无权执行此操作", "Forbidden",
                    "The caller may not register households in township " + township);
        }
        String residentId = ResidentIdNumber.normalize(form.headResidentId());
        if (households.byResidentId(residentId).isPresent()) {
            throw ProblemException.conflict("household-exists", "该户已登记", "Household already registered",
                    "A household with this head's resident ID is already registered");
        }
        Household h = new Household();
        h.id = id;
        h.countyCode = form.villageCode().substring(0, 6);
        h.villageCode = form.villageCode();
        h.townshipCode = township;
        h.headName = form.headName().trim();
        h.headResidentId = residentId;
        h.registerNumber = form.registerNumber().trim();
        h.createdAt = OffsetDateTime.now();
        h.createdBy = by;
        households.persist(h);
        households.flush();
        return h;
    }

    public Household visible(UUID id, Caller caller) {
        Household h = households.findById(id);
        if (h == null || !caller.mayAccessTownship(h.townshipCode)) {
            throw ProblemException.notFound("Household", id);
        }
        personalReads.readBy(caller, "household", id, "/api/v1/households/" + id);
        return h;
    }

    public static HouseholdView view(Household h, Caller caller) {
        boolean full = Masking.seesInFull(caller);
        return new HouseholdView(h.id, h.headName, Masking.residentId(h.headResidentId, full),
                Masking.identifier(h.registerNumber, full), h.villageCode, h.townshipCode, h.createdAt, h.version);
    }

    static List<Role> registrars() {
        return List.of(Role.VILLAGE_REVIEWER, Role.TOWNSHIP_OFFICER, Role.COUNTY_CLERK, Role.COUNTY_ADMIN);
    }
}
