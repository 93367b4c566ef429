package io.unipile.http;

import java.io.IOException;

/**
 * An I/O failure that knows whether the request may have reached the server, which decides whether a write may be
 * retried safely.
 */
public class TransportIOException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    /**
     * @param message     what went wrong
     * @param requestSent {@code false} only when the request surely never left this process (connection refused,
     *                    connect timeout, no pooled connection available)
     * @param cause       the underlying failure, or {@code null}
     */
    public TransportIOException(String message, boolean requestSent, Throwable cause) {
        super(message, cause);
        this.requestSent = requestSent;
    }

    /** {@code false} only when the request surely never left this process. */
    public boolean requestSent() {
        return requestSent;
    }
}
