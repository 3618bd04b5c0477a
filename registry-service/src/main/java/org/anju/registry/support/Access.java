package org.anju.registry.support;

import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Who may read and write the register: county roles everywhere, township roles in their own townships. */
public final class Access {

    /** Roles that register craftsmen and file crews. */
    public static final Role[] WRITERS = { Role.COUNTY_ADMIN, Role.COUNTY_CLERK, Role.TOWNSHIP_OFFICER };

    private Access() {
    }

    /** Any person's role may read (not a service token); 401 without a token. */
    public static void requireReader(Caller caller) {
        caller.require(Role.people());
    }

    /** A record of a township the caller may not see is answered as absent (404), never 403. */
    public static void requireVisible(Caller caller, String townshipCode, String what, Object id) {
        if (!caller.mayAccessTownship(townshipCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Writing into a township the caller does not serve is forbidden (403). */
    public static void requireWritable(Caller caller, String townshipCode) {
        caller.require(WRITERS);
        if (!caller.mayAccessTownship(townshipCode)) {
            throw new ProblemException(403, "forbidden", "无权在该乡镇登记", "Forbidden in this township",
                    "Role " + caller.role().map(Role::wireName).orElse("?") + " may not write records of township "
                            + townshipCode);
        }
    }
}
