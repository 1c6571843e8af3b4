package org.onrecord.spark;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The outlet a URL belongs to, as its host name without {@code www.}: {@code https://www.bbc.co.uk/x} → {@code bbc.co.uk}. */
final class Outlets {
    private Outlets() {}

    /** The outlet, or null when the URL has no host. */
    static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
