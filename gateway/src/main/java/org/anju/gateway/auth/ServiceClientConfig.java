package org.anju.gateway.auth;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The Anju services that get service tokens (group {@code service}) from the client-credentials grant. */
@ConfigMapping(prefix = "anju.service-clients")
public interface ServiceClientConfig {

    /** By client id (the service's {@code quarkus.application.name}). */
    Map<String, Client> clients();

    /** One service client. */
    interface Client {

        /** Its secret; without one the client is off, unless the development secret is allowed. */
        Optional<String> secret();
    }
}
