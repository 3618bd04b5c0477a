package org.anju.permits.crew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.anju.common.security.ServiceTokens;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Puts permits-service's own service token on calls to registry-service: the eligibility check is the service's
 * question, whoever clicked "issue".
 */
@ApplicationScoped
public class ServiceTokenHeaders implements ClientHeadersFactory {

    private final ServiceTokens tokens;

    public ServiceTokenHeaders(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.bearer());
        return headers;
    }
}
