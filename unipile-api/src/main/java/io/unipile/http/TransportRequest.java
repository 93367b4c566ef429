package io.unipile.http;

import java.net.URI;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One HTTP request as the client hands it to a {@link UnipileTransport}.
 *
 * <p>Header names are kept as given; values were checked for CR and LF when the request was built. {@link #toString()}
 * masks secret headers such as {@code X-API-KEY}.
 *
 * @param method  the HTTP method
 * @param uri     the absolute URI, already encoded
 * @param headers header names to values, in insertion order
 * @param body    the body, or {@code null} for none
 * @param timeout     how long this attempt may take until the response headers, or {@code null} for the
 *                    transport's configured request timeout; set by the resilience layer to respect an overall deadline
 * @param idempotent  whether sending the request twice has the effect of sending it once, so that a retry may repeat
 *                    it after it may have reached the server; declared per operation (a {@code GET} that starts a
 *                    sync is still idempotent, a {@code PATCH} or {@code POST} is not unless declared so)
 * @param callTimeout a deadline for this call across all its attempts that replaces the client's overall timeout,
 *                    or {@code null} for the client's; from {@code RequestOptions}
 * @param streamedReply whether a successful reply's body is handed to the caller unread (a download) rather than
 *                    read by the library: the resilience layer then bounds its reading by silence and the overall
 *                    deadline only, not by the request timeout
 * @param route       the path template below {@code /api/v1} the request was built from, e.g.
 *                    {@code /chats/{chat_id}}, for logs and {@link io.unipile.resilience.CallObserver metrics}; for a
 *                    raw call the template its caller wrote; {@code null} when unknown
 */
public record TransportRequest(HttpMethod method, URI uri, Map<String, List<String>> headers, RequestBody body,
                               java.time.Duration timeout, boolean idempotent, java.time.Duration callTimeout,
                               boolean streamedReply, String route) {

    /** The header that carries the Unipile API key. */
    public static final String API_KEY_HEADER = "X-API-KEY";

    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!(headers instanceof CheckedHeaders)) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            headers.forEach((name, values) -> {
                HeaderValues.requireValidName(name);
                values.forEach(value -> HeaderValues.requireValidValue(name, value));
                copy.put(name, List.copyOf(values));
            });
            headers = new CheckedHeaders(copy);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive but was " + timeout);
        }
        if (callTimeout != null && (callTimeout.isNegative() || callTimeout.isZero())) {
            throw new IllegalArgumentException("callTimeout must be positive but was " + callTimeout);
        }
    }

    /** A request built from no known {@linkplain #route() route}. */
    public TransportRequest(HttpMethod method, URI uri, Map<String, List<String>> headers, RequestBody body,
                            java.time.Duration timeout, boolean idempotent, java.time.Duration callTimeout,
                            boolean streamedReply) {
        this(method, uri, headers, body, timeout, idempotent, callTimeout, streamedReply, null);
    }

    /** A request whose reply the library reads (not {@linkplain #streamedReply() streamed}). */
    public TransportRequest(HttpMethod method, URI uri, Map<String, List<String>> headers, RequestBody body,
                            java.time.Duration timeout, boolean idempotent, java.time.Duration callTimeout) {
        this(method, uri, headers, body, timeout, idempotent, callTimeout, false, null);
    }

    /** A request without its own timeouts, idempotent when its method is. */
    public TransportRequest(HttpMethod method, URI uri, Map<String, List<String>> headers, RequestBody body) {
        this(method, uri, headers, body, null, method.isIdempotent(), null, false, null);
    }

    /** A copy with this attempt's timeout. */
    public TransportRequest withTimeout(java.time.Duration timeout) {
        return new TransportRequest(method, uri, headers, body, timeout, idempotent, callTimeout, streamedReply, route);
    }

    /** A copy with another body, such as a wrapper that tracks whether it was read. */
    public TransportRequest withBody(RequestBody body) {
        return new TransportRequest(method, uri, headers, body, timeout, idempotent, callTimeout, streamedReply, route);
    }

    /**
     * A copy where each of {@code replaced} is the only value of its header, any value under the same name in
     * another case removed (e.g. a {@code traceparent} set per attempt).
     */
    public TransportRequest withHeadersReplaced(Map<String, String> replaced) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            for (String r : replaced.keySet()) {
                if (r.equalsIgnoreCase(name)) {
                    return;
                }
            }
            copy.put(name, values);
        });
        replaced.forEach((name, value) -> copy.put(name, List.of(value)));
        return new TransportRequest(method, uri, copy, body, timeout, idempotent, callTimeout, streamedReply, route);
    }

    /** The first value of the named header (case-insensitive), if present. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a header's value is a secret that must never be printed or logged: {@code X-API-KEY},
     * {@code Authorization}, {@code Cookie}. Transports that log headers use this one rule.
     */
    public static boolean isSecretHeader(String name) {
        return HeaderValues.isSecret(name);
    }

    /**
     * Checks a header name and value as every request does: a valid token name, no CR, LF or NUL in the value
     * (which is never echoed: it may be a secret).
     *
     * @throws IllegalArgumentException naming the header
     */
    public static void checkHeader(String name, String value) {
        HeaderValues.requireValidName(name);
        HeaderValues.requireValidValue(name, value);
    }

    /** Returns a copy of this request with one more header value. */
    public TransportRequest withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, values);
        return new TransportRequest(method, uri, copy, body, timeout, idempotent, callTimeout, streamedReply, route);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TransportRequest[").append(method).append(' ').append(uri).append(", headers={");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=').append(HeaderValues.isSecret(e.getKey()) ? "[REDACTED]" : e.getValue());
        }
        sb.append('}');
        if (body != null) {
            sb.append(", body=").append(body.contentType()).append(" (")
                    .append(body.contentLength() < 0 ? "unknown length" : body.contentLength() + " bytes").append(')');
        }
        return sb.append(']').toString();
    }

    /** Header checks shared by requests and the client builder. */
    /**
     * Headers already checked and copied, unmodifiable: the copies the resilience layer makes of a request for each
     * attempt skip checking them again.
     */
    private static final class CheckedHeaders extends AbstractMap<String, List<String>> {
        private final Map<String, List<String>> map;

        CheckedHeaders(Map<String, List<String>> map) {
            this.map = Collections.unmodifiableMap(map);
        }

        @Override
        public Set<Entry<String, List<String>>> entrySet() {
            return map.entrySet();
        }

        @Override
        public List<String> get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super List<String>> action) {
            map.forEach(action);
        }
    }

    static final class HeaderValues {
        private HeaderValues() {
        }

        static boolean isSecret(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("x-api-key") || lower.equals("authorization") || lower.equals("cookie");
        }

        static void requireValidName(String name) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("header name must not be empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 127 || c == ':') {
                    throw new IllegalArgumentException("header name '" + name + "' contains an illegal character");
                }
            }
        }

        static void requireValidValue(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException("header '" + name + "' must not be null");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == 0) {
                    // The value itself is never echoed: it may be a secret.
                    throw new IllegalArgumentException("header '" + name + "' contains CR, LF or NUL");
                }
            }
        }
    }
}
