package org.anju.gateway.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.anju.common.problem.FieldViolation;

/**
 * Webhook deliveries go to the internet, never into the gateway's own network: a county admin's subscription must not
 * turn the gateway into a way to reach loopback services, the machines of its LAN or the cloud's metadata endpoint
 * (server-side request forgery). Checked when a subscription names an address literally, and again before every
 * attempt on the addresses its host resolves to then (a name may point elsewhere later). Development, tests and demo
 * data allow private addresses ({@code anju.webhooks.allow-private-addresses}).
 */
public final class OutboundAddresses {

    private OutboundAddresses() {
    }

    /**
     * Whether an address is not a public internet address: loopback, unspecified, link-local (169.254/16 with the
     * metadata endpoint, fe80::/10), private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10),
     * benchmarking (198.18/15), multicast or reserved (240/4), IPv4-mapped IPv6 of any of these.
     */
    public static boolean forbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if (isMappedV4(b)) {
                try {
                    return forbidden(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second == 18
                || second == 19)) || first >= 240;
    }

    /** A violation when the URL names a forbidden address literally (or localhost); names are checked on delivery. */
    public static Optional<FieldViolation> literal(String url) {
        String host = URI.create(url.trim()).getHost();
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        boolean refused = h.equals("localhost") || h.endsWith(".localhost");
        if (!refused && (h.startsWith("[") || h.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            try {
                refused = forbidden(InetAddress.getByName(h)); // a literal: no lookup is made
            } catch (UnknownHostException e) {
                refused = true;
            }
        }
        return refused ? Optional.of(violation(url)) : Optional.empty();
    }

    /** The first forbidden address the host resolves to now, if any; an unresolvable host is the attempt's own error. */
    public static Optional<InetAddress> resolvesToForbidden(String url) throws UnknownHostException {
        String host = URI.create(url).getHost();
        for (InetAddress a : InetAddress.getAllByName(host)) {
            if (forbidden(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static FieldViolation violation(String url) {
        return new FieldViolation("url", "url-public-address",
                "url must reach a public internet address, not loopback, link-local (cloud metadata) or a private "
                        + "network", "回调地址须为互联网公网地址，不能是本机、链路本地（云元数据）或内网地址", url);
    }

    private static boolean isMappedV4(byte[] b) {
        if (b.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
