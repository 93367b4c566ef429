package io.unipile.transport.httpclient;

import io.unipile.http.TransportRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;


/**
 * Which header values must never be printed, and headers that keep them out of Apache HttpClient's logs.
 *
 * <p>The API key must never reach a log, even when a user turns on Apache's own debug logging. Which headers are
 * secret is the library's one rule, {@link TransportRequest#isSecretHeader(String)}.
 */
final class Redaction {
    /** What a log shows instead of a secret value. */
    static final String REDACTED = "[REDACTED]";

    private Redaction() {
    }

    /** Whether the named header's value is secret, by the library's one rule. */
    static boolean isSecret(String name) {
        return TransportRequest.isSecretHeader(name);
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
