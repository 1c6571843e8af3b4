package org.onrecord.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses requests meant for another site. Two attacks are in view, both from a page on another site
 * open in a browser on a machine that can reach this server:
 *
 * <ul>
 *   <li><b>DNS rebinding</b>: the page's own name is made to resolve to this server, so the browser
 *       counts the API as same-origin and lets the page read it. Such requests carry the attacker's name
 *       in {@code Host}; only loopback names, IP addresses, the name the server listens on and names
 *       given with {@code --allow-host} are answered.
 *   <li><b>Cross-site POSTs</b>: a page may send a "simple" request (a {@code text/plain} form post)
 *       without asking first. Browsers mark such requests with {@code Origin} and
 *       {@code Sec-Fetch-Site}; a POST whose {@code Origin} is not this server's own, or that a browser
 *       calls cross-site or same-site, is refused. Clients that send neither (curl, scripts) are not
 *       browsers carrying someone's page, and are answered.
 * </ul>
 */
final class HostGuard {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowed = new HashSet<>();
    private final boolean anyHost;

    HostGuard(String boundHost, List<String> allowedHosts) {
        allowed.add("localhost");
        allowed.add(name(boundHost));
        for (String h : allowedHosts) {
            allowed.add(name(h));
        }
        this.anyHost = allowed.contains("*");
    }

    /** @throws HttpResponseException 403 when the Host header names a host this server does not answer to */
    void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || anyHost) {
            return; // HTTP/1.0 has no Host; Jetty itself refuses an HTTP/1.1 request without one
        }
        String name = name(host);
        if (!allowed.contains(name) && !IPV4.matcher(name).matches() && !name.startsWith("[")) {
            throw new HttpResponseException(403, "this server does not answer to the host name \"" + name
                    + "\" (a guard against DNS rebinding); start it with --allow-host " + name + " to allow it");
        }
    }

    /** @throws HttpResponseException 403 when a browser says the request comes from a page on another site */
    void checkSameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            throw new HttpResponseException(403, "a " + site.toLowerCase(Locale.ROOT)
                    + " request from a web page is refused: only this server's own page may post to it");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null || !authority(origin).equalsIgnoreCase(host.strip())) {
            throw new HttpResponseException(403, "a request from the page at " + origin
                    + " is refused: only this server's own page may post to it");
        }
    }

    /** The host part of a Host header or host name, lower case, without a port; an IPv6 address keeps its brackets. */
    static String name(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        if (h.indexOf(':') != h.lastIndexOf(':')) {
            return "[" + h + "]"; // a bare IPv6 address, as given to --host
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** host[:port] of an Origin header, or "" when it is "null" or not a URL. */
    private static String authority(String origin) {
        try {
            String a = new URI(origin.strip()).getRawAuthority();
            return a == null ? "" : a;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
