package org.anju.gateway;

import org.anju.common.testing.ServiceContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** gateway keeps the contract every Anju service keeps (health, problem+json errors, OpenAPI, metrics). */
@QuarkusTest
class GatewayContractTest extends ServiceContractTest {

    @Override
    protected String pathThatNeedsAToken() {
        return "/api/v1/auth/me";
    }
}
