package org.anju.permits;

import org.anju.common.testing.ServiceContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** permits-service keeps the contract every Anju service keeps (health, problem+json errors, OpenAPI, metrics). */
@QuarkusTest
class PermitsContractTest extends ServiceContractTest {

    @Override
    protected String pathThatNeedsAToken() {
        return "/api/v1/permits";
    }
}
