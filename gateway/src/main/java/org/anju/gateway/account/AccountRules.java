package org.anju.gateway.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.anju.common.division.Divisions;
import org.anju.common.problem.FieldViolation;
import org.anju.common.security.Role;

/** What makes an account valid: username shape, password strength, and townships that fit the roles and county. */
public final class AccountRules {

    public static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    public static final int PASSWORD_MIN = 10;
    /** bcrypt reads at most 72 bytes: a longer password would be silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;
    private static final Set<Role> TOWNSHIP_ROLES = Set.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.VILLAGE_REVIEWER);

    private final Divisions divisions;

    public AccountRules(Divisions divisions) {
        this.divisions = divisions;
    }

    public List<FieldViolation> username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return List.of(new FieldViolation("username", "username-format",
                    "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                    "用户名须为 3 至 64 位小写字母、数字或 . _ -，以字母或数字开头", username));
        }
        return List.of();
    }

    public List<FieldViolation> password(String field, String password, String username) {
        List<FieldViolation> errors = new ArrayList<>();
        if (password == null || password.length() < PASSWORD_MIN) {
            errors.add(new FieldViolation(field, "password-length", "At least " + PASSWORD_MIN + " characters",
                    "密码至少 " + PASSWORD_MIN + " 个字符"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            errors.add(new FieldViolation(field, "password-length", "At most " + PASSWORD_MAX_BYTES + " bytes (UTF-8)",
                    "密码最多 " + PASSWORD_MAX_BYTES + " 字节（UTF-8）"));
        } else if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            errors.add(new FieldViolation(field, "password-contains-username", "The password must not contain the "
                    + "username", "密码不得包含用户名"));
        }
        return errors;
    }

    /**
     * Township roles need at least one township; every township must be a township of the county. County-wide
     * roles see the whole county, so townships on such an account only narrow nothing and are refused.
     */
    public List<FieldViolation> scope(Collection<Role> roles, Collection<String> townships, String county) {
        List<FieldViolation> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldViolation("roles", "roles-required", "At least one known role",
                    "至少需要一个有效角色"));
            return errors;
        }
        if (roles.contains(Role.SERVICE)) {
            errors.add(new FieldViolation("roles", "person-role", "Role service belongs to Anju's own services, "
                    + "never to a person's account", "service 角色仅供系统服务使用，不得授予个人账号", Role.SERVICE_GROUP));
            return errors;
        }
        boolean townshipRole = roles.stream().anyMatch(TOWNSHIP_ROLES::contains);
        List<String> codes = townships == null ? List.of() : List.copyOf(townships);
        if (townshipRole && codes.isEmpty()) {
            errors.add(new FieldViolation("townships", "townships-required",
                    "Roles inspector, township_officer and village_reviewer need at least one township",
                    "乡镇安全员、乡镇干部和村审核员须至少分配一个乡镇"));
        }
        if (!townshipRole && !codes.isEmpty()) {
            errors.add(new FieldViolation("townships", "townships-not-allowed",
                    "County-wide roles see every township; leave townships empty",
                    "县级角色可查看全县，不应指定乡镇"));
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !code.startsWith(county) || !divisions.isTownship(code)) {
                errors.add(new FieldViolation("townships[" + i + "]", "township-of-county",
                        "Not a township of county " + county, "不是本县（" + county + "）的乡镇", code));
            }
        }
        return errors;
    }
}
