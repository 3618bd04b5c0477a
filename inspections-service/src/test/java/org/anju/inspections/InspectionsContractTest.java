package org.anju.inspections;

import org.anju.common.testing.ServiceContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** inspections-service keeps the contract every Anju service keeps (health, problem+json errors, OpenAPI, metrics). */
@QuarkusTest
class InspectionsContractTest extends ServiceContractTest {

    @Override
    protected String pathThatNeedsAToken() {
        return "/api/v1/checklist-templates";
    }
}
