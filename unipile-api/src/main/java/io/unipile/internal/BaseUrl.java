package io.unipile.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The API root built from the DSN exactly as Unipile hands it out: {@code api1.unipile.com:13153},
 * {@code https://api1.unipile.com:13153} or the same with {@code /api/v1}; a scheme-less DSN means HTTPS.
 */
public final class BaseUrl {
    private static final String API_PREFIX = "/api/v1";

    private final String root;

    private BaseUrl(String root) {
        this.root = root;
    }

    /**
     * Parses and normalises a base URL.
     *
     * @throws IllegalArgumentException naming {@code baseUrl} when it is blank or malformed
     */
    public static BaseUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be blank; use the DSN from the Unipile dashboard, "
                    + "e.g. https://api1.unipile.com:13153");
        }
        String text = raw.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("baseUrl must use http or https but was '" + raw + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("baseUrl has no host: '" + raw + "'");
        }
        if (uri.getRawUserInfo() != null) {
            // Never echo the value: user info may hold a secret.
            throw new IllegalArgumentException("baseUrl must not contain user info");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not contain a query or fragment: '" + raw + "'");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("baseUrl has an invalid port: '" + raw + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.endsWith(API_PREFIX)) {
            path = path + API_PREFIX;
        }
        String authority = uri.getRawAuthority();
        return new BaseUrl(scheme + "://" + authority + path);
    }

    /** The absolute URI of an already encoded path such as {@code /chats/abc} plus an encoded query or "". */
    public URI resolve(String encodedPath, String encodedQuery) {
        return URI.create(encodedQuery.isEmpty() ? root + encodedPath : root + encodedPath + '?' + encodedQuery);
    }

    /** The root, such as {@code https://api1.unipile.com:13153/api/v1}. */
    @Override
    public String toString() {
        return root;
    }
}
