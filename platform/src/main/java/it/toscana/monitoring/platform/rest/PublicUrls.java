package it.toscana.monitoring.platform.rest;

import java.net.URI;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code Location} and {@code Link} name the API where its clients reach it: the configured
 * {@code platform.public-base-url} (env PLATFORM_PUBLIC_BASE_URL, the gateway's public address),
 * never the request's {@code Host}, which any client can set.
 */
public final class PublicUrls {

    private PublicUrls() {
    }

    /** The path and query of {@code location} (relative, or absolute on whatever host), on the public base URL. */
    public static URI of(URI location) {
        String path = location.getRawPath() == null ? "" : location.getRawPath();
        return URI.create(base() + (path.startsWith("/") ? path : "/" + path)
                + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }

    /** The public base URL, without a trailing slash. */
    public static String base() {
        return ConfigProvider.getConfig().getValue("platform.public-base-url", String.class).replaceAll("/+$", "");
    }
}
