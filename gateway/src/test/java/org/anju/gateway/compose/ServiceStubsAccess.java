package org.anju.gateway.compose;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Gives tests of other packages the shared WireMock stand-in. */
public final class ServiceStubsAccess {

    private ServiceStubsAccess() {
    }

    public static WireMockServer server() {
        return ServiceStubs.server;
    }
}
