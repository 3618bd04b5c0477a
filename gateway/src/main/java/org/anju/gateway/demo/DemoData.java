package org.anju.gateway.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.anju.common.security.Role;
import org.anju.gateway.account.UserAccount;
import org.anju.gateway.account.UserAccountRepository;
import org.anju.gateway.auth.ApiClient;
import org.anju.gateway.auth.ApiClientRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo accounts of 示范县 (369901), one per role, and API clients for the county hall and a bureau, loaded at
 * start-up when {@code anju.demo-data.enabled=true} and skipped when already there. DEVELOPMENT ONLY: every demo
 * account has the password {@value #DEMO_PASSWORD}; never enable demo data on a real deployment.
 */
@ApplicationScoped
public class DemoData {

    /** DEVELOPMENT ONLY password of every demo account. */
    public static final String DEMO_PASSWORD = "anju-demo-2026";
    /** DEVELOPMENT ONLY secret of the demo API clients. */
    public static final String DEMO_CLIENT_SECRET = "anju-demo-client-secret-2026";
    public static final String COUNTY = "369901";
    public static final String CHENGGUAN = "369901100000";
    public static final String QINGSHI = "369901101000";

    private record DemoUser(String username, String displayName, Role role, List<String> townships) {
    }

    private record DemoClient(String clientId, String displayName, Role role) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("inspector.chengguan", "城关镇安全员 李明", Role.INSPECTOR, List.of(CHENGGUAN)),
            new DemoUser("inspector.qingshi", "青石镇安全员 张伟", Role.INSPECTOR, List.of(QINGSHI)),
            new DemoUser("officer.chengguan", "城关镇村镇建设办 王芳", Role.TOWNSHIP_OFFICER, List.of(CHENGGUAN)),
            new DemoUser("reviewer.dongmen", "东门村网格员 赵强", Role.VILLAGE_REVIEWER, List.of(CHENGGUAN)),
            new DemoUser("clerk.county", "县行政审批中心 陈静", Role.COUNTY_CLERK, List.of()),
            new DemoUser("admin.county", "县住建局管理员 刘洋", Role.COUNTY_ADMIN, List.of()),
            new DemoUser("reader.bureau", "县自然资源局 孙磊", Role.BUREAU_READER, List.of()));

    private static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("county-hall", "县行政审批中心系统 County approval hall", Role.COUNTY_CLERK),
            new DemoClient("bureau-natural-resources", "县自然资源局系统 Natural resources bureau", Role.BUREAU_READER));

    private final UserAccountRepository accounts;
    private final ApiClientRepository clients;
    private final boolean enabled;

    public DemoData(UserAccountRepository accounts, ApiClientRepository clients,
            @ConfigProperty(name = "anju.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.accounts = accounts;
        this.clients = clients;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int added = 0;
        for (DemoUser u : USERS) {
            if (accounts.findByUsername(u.username()).isEmpty()) {
                accounts.persist(new UserAccount(UUID.nameUUIDFromBytes(("anju-demo-user-" + u.username())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), u.username(), u.displayName(),
                        BcryptUtil.bcryptHash(DEMO_PASSWORD), List.of(u.role()), COUNTY, u.townships(), now));
                added++;
            }
        }
        for (DemoClient c : CLIENTS) {
            if (clients.findByClientId(c.clientId()).isEmpty()) {
                clients.persist(new ApiClient(c.clientId(), c.displayName(), BcryptUtil.bcryptHash(DEMO_CLIENT_SECRET),
                        List.of(c.role()), COUNTY, List.of(), now));
                added++;
            }
        }
        if (added > 0) {
            Log.warnf("Demo data: %d accounts and API clients added with the DEVELOPMENT-ONLY password '%s' / "
                    + "client secret '%s'", added, DEMO_PASSWORD, DEMO_CLIENT_SECRET);
        }
    }
}
