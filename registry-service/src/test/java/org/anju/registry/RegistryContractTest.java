package org.anju.registry;

import org.anju.common.testing.ServiceContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** registry-service keeps the contract every Anju service keeps (health, problem+json errors, OpenAPI, metrics). */
@QuarkusTest
class RegistryContractTest extends ServiceContractTest {

    @Override
    protected String pathThatNeedsAToken() {
        return "/api/v1/crews";
    }
}
