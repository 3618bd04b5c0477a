package org.anju.gateway.front;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** The gateway's own answers (accounts, webhooks, the compositions) link to its public address too. */
@Provider
public class PublicLinksFilter implements ContainerResponseFilter {

    private final PublicLinks links;

    public PublicLinksFilter(PublicLinks links) {
        this.links = links;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        for (String name : List.of(HttpHeaders.LOCATION, HttpHeaders.LINK)) {
            List<Object> values = response.getHeaders().get(name);
            if (values == null) {
                continue;
            }
            List<Object> rewritten = values.stream().map(v -> (Object) links.header(name, String.valueOf(v))).toList();
            response.getHeaders().put(name, rewritten);
        }
    }
}
