package org.anju.inspections.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PermitsStub} for every @QuarkusTest of the module (one application start for all). */
@QuarkusTestResource(PermitsStub.class)
public class GlobalResources {
}
