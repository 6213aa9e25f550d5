package it.toscana.monitoring.gateway.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import it.toscana.monitoring.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps webhook deliveries off the gateway's own network (SSRF): a target must be http(s) and every
 * address its host resolves to public. Checked when a subscription is made and again before each
 * delivery (the name may resolve elsewhere by then); redirects are never followed.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    WebhooksConfig config;

    /** The target as a URI; 422 naming {@code url} when it is not one deliveries may go to. */
    public URI check(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (Exception e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getUserInfo() != null
                || !("https".equals(lower(uri.getScheme())) || "http".equals(lower(uri.getScheme())))) {
            throw ProblemException.businessRule("url", "must be an absolute http(s) URL without credentials",
                    "The webhook target is not a URL deliveries can go to.");
        }
        String refused = refusal(uri.getHost());
        if (refused != null) {
            throw ProblemException.businessRule("url", refused, "The webhook target is not a public address.");
        }
        return uri;
    }

    /** Why deliveries may not go to {@code host}, or null when every address it resolves to is public. */
    public String refusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "the host does not resolve";
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && config.allowLoopback()) {
                continue;
            }
            if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)
                    || isSharedOrReserved(address)) {
                return "resolves to a loopback, private, link-local or unique-local address (" + address.getHostAddress() + ")";
            }
        }
        return null;
    }

    /** IPv6 fc00::/7. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** IPv4 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8. */
    private static boolean isSharedOrReserved(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] == 0 || (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
