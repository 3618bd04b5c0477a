package org.anju.gateway.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The address a link names is the gateway's public one, whatever the service behind it wrote. */
class PublicLinksTest {

    private final PublicLinks links = new PublicLinks("https://anju.example.gov.cn/");

    @Test
    void aServicesAbsoluteLocationGetsThePublicOriginAndKeepsPathAndQuery() {
        assertEquals("https://anju.example.gov.cn/api/v1/crews/7?x=1",
                links.location("http://localhost:8083/api/v1/crews/7?x=1"));
        assertEquals("https://anju.example.gov.cn/api/v1/visits/9", links.location("/api/v1/visits/9"));
        assertEquals("https://anju.example.gov.cn", links.location("http://registry:8083"));
    }

    @Test
    void everyTargetOfALinkHeaderIsRewritten() {
        assertEquals("<https://anju.example.gov.cn/api/v1/permits/blds?cursor=abc>; rel=\"next\", "
                + "<https://anju.example.gov.cn/api/v1/permits/blds>; rel=\"first\"",
                links.link("</api/v1/permits/blds?cursor=abc>; rel=\"next\", "
                        + "<http://localhost:8081/api/v1/permits/blds>; rel=\"first\""));
    }

    @Test
    void aPublicAddressWithAPathPrefixKeepsIt() {
        PublicLinks prefixed = new PublicLinks("https://zwfw.example.gov.cn/anju");
        assertEquals("https://zwfw.example.gov.cn/anju/api/v1/permits/1",
                prefixed.location("http://permits:8081/api/v1/permits/1"));
        assertEquals("ETag-value", prefixed.header("ETag", "ETag-value"));
    }
}
