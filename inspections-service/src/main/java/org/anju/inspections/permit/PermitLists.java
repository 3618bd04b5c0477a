package org.anju.inspections.permit;

import java.util.List;
import java.util.UUID;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.common.problem.ProblemTypes;
import org.anju.common.security.Caller;

/**
 * The rules every list that can be asked for one build (hazards, rectification and stop-work notices) shares: a list
 * names a township or a permit, and a permit's records are the caller's only when their township is.
 */
public final class PermitLists {

    private PermitLists() {
    }

    /** The permit id of a list's {@code permit} parameter, null when absent; 400 when it is not a UUID. */
    public static UUID permit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldViolation("permit", "uuid", "permit must be a permit id (UUID)",
                    "permit 须为许可编号（UUID）", value));
        }
    }

    /** 400 naming both fields unless exactly one of a township and a permit is given. */
    public static void requireTownshipOrPermit(String township, UUID permit) {
        boolean hasTownship = township != null && !township.isBlank();
        if (hasTownship == (permit != null)) {
            String en = hasTownship ? "Give township or permit, not both" : "township or permit is required";
            String zh = hasTownship ? "township 与 permit 只能给一个" : "须给出 township 或 permit";
            throw new ProblemException(400, ProblemTypes.VALIDATION, "请求参数无效", "Invalid request", en,
                    List.of(new FieldViolation("township", "township-or-permit", en, zh, township),
                            new FieldViolation("permit", "township-or-permit", en, zh, permit)));
        }
    }

    /**
     * 404 for the permit when its records lie in a township the caller may not see (all records of a build share its
     * township, so the first row of a page tells); an empty page tells nothing and is answered as it is.
     */
    public static void requireVisible(Caller caller, UUID permit, List<String> townshipsOfPage) {
        if (!townshipsOfPage.isEmpty() && !caller.mayAccessTownship(townshipsOfPage.get(0))) {
            throw ProblemException.notFound("Permit", permit);
        }
    }
}
