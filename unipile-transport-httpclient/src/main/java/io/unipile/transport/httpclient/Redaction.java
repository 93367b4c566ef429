package io.unipile.transport.httpclient;

import io.unipile.http.HttpMethod;
import io.unipile.http.TransportRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which header values must never be printed, and headers that keep them out of Apache HttpClient's logs.
 *
 * <p>The API key must never reach a log, even when a user turns on Apache's own debug logging. The library has one
 * rule for which headers are secret ({@code X-API-KEY}, {@code Authorization}, {@code Cookie}): the one
 * {@link TransportRequest#toString()} applies. Its helper is not public, so rather than keep a second list here that
 * could drift, {@link #isSecret} asks {@code TransportRequest} itself whether it would print a header's value.
 */
final class Redaction {
    /** What a log shows instead of a secret value. */
    static final String REDACTED = "[REDACTED]";

    private static final URI PROBE_URI = URI.create("http://redaction.probe.invalid/");
    /** Contains spaces, so it cannot appear in the probe's method, URI or header name, only as the value. */
    private static final String PROBE_VALUE = "probe value 7f3a";
    /** Header names are few in practice; past this many the answers are computed but not remembered. */
    private static final int CACHE_LIMIT = 256;
    private static final Map<String, Boolean> SECRET = new ConcurrentHashMap<>();

    private Redaction() {
    }

    /**
     * Whether the named header's value is secret: exactly when {@link TransportRequest#toString()} would hide it.
     * A name {@code TransportRequest} refuses counts as secret, to be safe.
     */
    static boolean isSecret(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Boolean known = SECRET.get(key);
        if (known != null) {
            return known;
        }
        boolean secret;
        try {
            String shown = new TransportRequest(HttpMethod.GET, PROBE_URI, Map.of(name, List.of(PROBE_VALUE)), null)
                    .toString();
            secret = !shown.contains(PROBE_VALUE);
        } catch (IllegalArgumentException invalidName) {
            secret = true;
        }
        if (SECRET.size() < CACHE_LIMIT) {
            SECRET.put(key, secret);
        }
        return secret;
    }

    /** {@code name: value}, or {@code name: [REDACTED]} for a secret header. */
    static String describe(Header header) {
        return header.getName() + ": " + (isSecret(header.getName()) ? REDACTED : header.getValue());
    }

    /**
     * The header to put on an outgoing request: a plain one, or for a secret header a {@link SecretHeader}.
     */
    static Header header(String name, String value) {
        return isSecret(name) ? new SecretHeader(name, value) : new BasicHeader(name, value);
    }

    /**
     * A header whose {@link #toString()} hides its value, while {@link #getValue()} still gives it to the code that
     * writes the request. Apache's async client logs every request header it sends, with {@code toString()}, to
     * {@code org.apache.hc.client5.http.headers} whenever that logger is at debug, and offers no supported way to
     * leave that listener out; this keeps the key out of those lines. It is also marked sensitive, which HTTP/2's
     * header compression honours.
     */
    static final class SecretHeader extends BasicHeader {
        private static final long serialVersionUID = 1L;

        SecretHeader(String name, String value) {
            super(name, value, true);
        }

        @Override
        public String toString() {
            return getName() + ": " + REDACTED;
        }
    }
}
