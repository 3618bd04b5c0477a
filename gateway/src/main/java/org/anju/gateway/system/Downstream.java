package org.anju.gateway.system;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** REST clients of the three services the gateway composes, each configured under its own key. */
public final class Downstream {

    private Downstream() {
    }

    /** registry-service, {@code quarkus.rest-client.registry.url}. */
    @RegisterRestClient(configKey = "registry")
    public interface Registry extends ServiceHealthApi {
    }

    /** permits-service, {@code quarkus.rest-client.permits.url}. */
    @RegisterRestClient(configKey = "permits")
    public interface Permits extends ServiceHealthApi {
    }

    /** inspections-service, {@code quarkus.rest-client.inspections.url}. */
    @RegisterRestClient(configKey = "inspections")
    public interface Inspections extends ServiceHealthApi {
    }
}
