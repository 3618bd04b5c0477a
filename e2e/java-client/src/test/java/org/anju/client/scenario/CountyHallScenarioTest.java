package org.anju.client.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.anju.client.ApiClient;
import org.anju.client.ApiException;
import org.anju.client.ApiResponse;
import org.anju.client.api.AuthApi;
import org.anju.client.api.HouseholdsApi;
import org.anju.client.api.PermitLifecycleApi;
import org.anju.client.api.PermitsApi;
import org.anju.client.model.Action;
import org.anju.client.model.ApplicationForm;
import org.anju.client.model.BuildKind;
import org.anju.client.model.Household;
import org.anju.client.model.HouseholdForm;
import org.anju.client.model.Permit;
import org.anju.client.model.PermitHistory;
import org.anju.client.model.PermitState;
import org.anju.client.model.PermitSummary;
import org.anju.client.model.Structure;
import org.anju.client.model.TransitionRequest;
import org.junit.jupiter.api.Test;

/**
 * The county approval hall's system, written against the client generated from the gateway's OpenAPI document only:
 * it signs in with its client credentials, registers a household and an application with Idempotency-Key, submits it
 * through the front door, and reads the status and history back; a bureau's read-only client may read but not write.
 */
class CountyHallScenarioTest {

    static final String GATEWAY = System.getProperty("anju.gateway.url", "http://localhost:18080");
    /** Development defaults of the demo API clients (README, "Demo accounts"); never valid outside a demo. */
    static final String HALL_SECRET = System.getenv().getOrDefault("ANJU_DEMO_CLIENT_SECRET",
            "anju-demo-client-secret-2026");

    @Test
    void countyHallFilesAndSubmitsAnApplicationThroughTheGateway() throws Exception {
        ApiClient hall = client(token("county-hall"));
        PermitsApi permits = new PermitsApi(hall);

        // Sites of the demo county's drafts lie inside village planning areas; one of them passes every rule.
        List<PermitSummary> drafts = permits.permitResourceList(PermitsApi.APIPermitResourceListRequest.newBuilder()
                .state(PermitState.DRAFT).limit(30).build()).getItems();
        assertFalse(drafts.isEmpty(), "the demo county has drafts");

        Permit submitted = null;
        for (PermitSummary draft : drafts) {
            Permit site = permits.permitResourceGet(PermitsApi.APIPermitResourceGetRequest.newBuilder()
                    .permitId(draft.getId()).build());
            Household household = register(hall, site.getVillageCode());
            Permit application = permits.permitResourceCreate(PermitsApi.APIPermitResourceCreateRequest.newBuilder()
                    .idempotencyKey(UUID.randomUUID().toString())
                    .applicationForm(form(household.getId(), site)).build());
            assertEquals(PermitState.DRAFT, application.getState());
            try {
                String key = UUID.randomUUID().toString();
                String etag = etag(hall, application.getId());
                submitted = transition(hall, application.getId(), Action.SUBMIT, etag, key);
                // the hall's system lost the answer and retries: the same answer, not a second submission
                Permit retried = transition(hall, application.getId(), Action.SUBMIT, etag, key);
                assertEquals(submitted.getVersion(), retried.getVersion());
                break;
            } catch (ApiException refused) {
                // a rule refusal is a problem+json naming the rules; try the next site
                assertEquals(422, refused.getCode(), refused.getResponseBody());
                assertTrue(refused.getResponseBody().contains("urn:anju:problem:rules-violated"));
            }
        }
        assertNotNull(submitted, "one application at a demo site passes the rules");
        assertEquals(PermitState.SUBMITTED, submitted.getState());

        // status query and the append-only history, as the hall reads them
        Permit status = permits.permitResourceGet(PermitsApi.APIPermitResourceGetRequest.newBuilder()
                .permitId(submitted.getId()).build());
        assertEquals(PermitState.SUBMITTED, status.getState());
        PermitHistory history = new PermitLifecycleApi(hall).permitLifecycleResourceHistory(
                PermitLifecycleApi.APIPermitLifecycleResourceHistoryRequest.newBuilder().permitId(submitted.getId())
                        .build());
        assertEquals(1, history.getEntries().stream().filter(e -> "submit".equals(e.getAction())
                && "county-hall".equals(e.getActor()) && "SUBMITTED".equals(String.valueOf(e.getToState()))).count(),
                "the history records the submission by the hall's system once: " + history.getEntries());
        assertEquals(Boolean.TRUE, history.getChainIntact());
    }

    @Test
    void retriedRegistrationWithTheSameKeyCreatesOneHousehold() throws Exception {
        ApiClient hall = client(token("county-hall"));
        String key = UUID.randomUUID().toString();
        HouseholdForm form = householdForm("369901100201");
        HouseholdsApi households = new HouseholdsApi(hall);
        Household first = households.householdResourceRegister(HouseholdsApi.APIHouseholdResourceRegisterRequest
                .newBuilder().householdForm(form).idempotencyKey(key).build());
        Household again = households.householdResourceRegister(HouseholdsApi.APIHouseholdResourceRegisterRequest
                .newBuilder().householdForm(form).idempotencyKey(key).build());
        assertEquals(first.getId(), again.getId());
    }

    @Test
    void bureauClientReadsButMayNotFile() throws Exception {
        ApiClient bureau = client(token("bureau-natural-resources"));
        List<PermitSummary> some = new PermitsApi(bureau).permitResourceList(PermitsApi.APIPermitResourceListRequest
                .newBuilder().limit(5).build()).getItems();
        assertFalse(some.isEmpty(), "a bureau reads the county's builds");
        ApiException refused = assertThrows(ApiException.class, () -> new HouseholdsApi(bureau).householdResourceRegister(
                HouseholdsApi.APIHouseholdResourceRegisterRequest.newBuilder()
                        .householdForm(householdForm("369901100201")).idempotencyKey(UUID.randomUUID().toString())
                        .build()));
        assertEquals(403, refused.getCode());
        assertTrue(refused.getResponseBody().contains("forbidden"), refused.getResponseBody());
    }

    private static String token(String clientId) throws ApiException {
        return new AuthApi(client(null)).token(AuthApi.APITokenRequest.newBuilder().grantType("client_credentials")
                .clientId(clientId).clientSecret(HALL_SECRET).build()).getAccessToken();
    }

    private static ApiClient client(String bearer) {
        ApiClient api = new ApiClient();
        URI uri = URI.create(GATEWAY);
        api.setScheme(uri.getScheme()).setHost(uri.getHost()).setPort(uri.getPort());
        if (bearer != null) {
            api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return api;
    }

    private static Household register(ApiClient hall, String village) throws ApiException {
        return new HouseholdsApi(hall).householdResourceRegister(HouseholdsApi.APIHouseholdResourceRegisterRequest
                .newBuilder().householdForm(householdForm(village)).idempotencyKey(UUID.randomUUID().toString())
                .build());
    }

    private static String etag(ApiClient hall, UUID permitId) throws ApiException {
        ApiResponse<Permit> current = new PermitsApi(hall).permitResourceGetWithHttpInfo(
                PermitsApi.APIPermitResourceGetRequest.newBuilder().permitId(permitId).build());
        return current.getHeaders().get("etag").get(0);
    }

    private static Permit transition(ApiClient hall, UUID permitId, Action action, String etag, String key)
            throws ApiException {
        return new PermitLifecycleApi(hall).permitLifecycleResourceTransition(
                PermitLifecycleApi.APIPermitLifecycleResourceTransitionRequest.newBuilder().permitId(permitId)
                        .ifMatch(etag).idempotencyKey(key).transitionRequest(new TransitionRequest().action(action))
                        .build());
    }

    private static HouseholdForm householdForm(String village) {
        return new HouseholdForm().headName("赵立新").headResidentId(residentId())
                .registerNumber("HK-" + UUID.randomUUID().toString().substring(0, 8)).villageCode(village);
    }

    /** A two-storey new build below the county's limits (township track) at the demo draft's site. */
    private static ApplicationForm form(UUID householdId, Permit site) {
        return new ApplicationForm().householdId(householdId)
                // its own plot and approval: an active build holds both county-wide (plot-held)
                .homesteadApprovalRef("宅批(2026)第" + UUID.randomUUID().toString().substring(0, 8) + "号")
                .plotId("JC-" + UUID.randomUUID().toString().substring(0, 8)).plotArea(new BigDecimal("150"))
                .lat(site.getLat()).lng(site.getLng()).address(site.getAddress()).kind(BuildKind.NEW_BUILD)
                .storeys(2).heightM(new BigDecimal("7.2")).floorArea(new BigDecimal("220"))
                .investment(new BigDecimal("250000")).structure(Structure.BRICK_CONCRETE)
                .standardDrawingSetId("TYT-2024-07").crewId(site.getCrewId())
                .plannedStartOn(LocalDate.now().plusDays(20));
    }

    /** A GB 11643 resident ID with a valid check digit, born in the demo county. */
    static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(18000));
        String first17 = "369901" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
