package org.anju.gateway.openapi;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The gateway's document is the whole API behind the front door: its own operations and the services' (merged in at
 * build time, see pom.xml). Service-to-service receivers are not part of it: callers outside Anju never send events.
 */
public class GatewayOpenApiFilter extends AnjuOpenApiFilter {

    /** Paths only the services call on each other. */
    static final String EVENTS = "/api/v1/events";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().removePathItem(EVENTS);
        }
        super.filterOpenAPI(openAPI);
    }
}
