package org.anju.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** Which addresses a webhook may never be sent to (server-side request forgery into the gateway's own network). */
class OutboundAddressesTest {

    private static boolean forbidden(String literal) throws Exception {
        return OutboundAddresses.forbidden(InetAddress.getByName(literal));
    }

    @Test
    void loopbackPrivateLinkLocalAndReservedAreForbidden() throws Exception {
        for (String a : new String[] { "127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1",
                "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1",
                "100.127.255.255", "198.18.0.1", "224.0.0.1", "240.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1" }) {
            assertTrue(forbidden(a), a);
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        for (String a : new String[] { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "198.20.0.1",
                "2001:4860:4860::8888", "114.114.114.114" }) {
            assertFalse(forbidden(a), a);
        }
    }

    @Test
    void aUrlNamingSuchAnAddressLiterallyIsRefusedWithoutALookup() {
        for (String url : new String[] { "http://127.0.0.1:9/x", "https://[::1]/hook", "http://localhost:8080/x",
                "http://api.localhost/x", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/x",
                "http://2130706433/x" }) {
            var v = OutboundAddresses.literal(url);
            assertTrue(v.isPresent(), url);
            assertEquals("url", v.get().field());
            assertEquals("url-public-address", v.get().rule());
        }
        // a name is not looked up when the subscription is made (it is checked before every delivery)
        assertFalse(OutboundAddresses.literal("https://hall.example.gov.cn/anju/events").isPresent());
        assertFalse(OutboundAddresses.literal("https://8.8.8.8/hook").isPresent());
    }
}
