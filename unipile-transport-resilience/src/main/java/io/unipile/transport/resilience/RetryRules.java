package io.unipile.transport.resilience;

import io.unipile.http.TransportIOException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * Which outcomes may be retried and which count against the circuit. Unipile has no idempotency keys, so a request
 * not declared idempotent (POST, PATCH unless an operation says otherwise) is repeated only when it surely was not
 * processed: it never left, or the server said 429.
 *
 * <p>The circuit breaker is one per client, so it counts only what says that Unipile itself is unwell: I/O failures
 * and timeouts, 502, 504, and 500 or 503 whose error {@code type} is Unipile's own ({@code errors/unexpected_error},
 * {@code errors/service_unavailable}) or missing. A 429, any other 4xx, and a 5xx typed for one account
 * ({@code errors/provider_error}, {@code errors/disconnected_account}, ...) concern one account or one request;
 * counting them would let one throttled account stop the calls of all others.
 */
final class RetryRules {
    private RetryRules() {
    }

    /** Whether a response with {@code status} may be answered by another attempt. */
    static boolean isRetryableStatus(boolean idempotent, int status) {
        if (status == 429) {
            return true;
        }
        if (!idempotent) {
            return false;
        }
        return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** Whether a failure without response may be answered by another attempt. */
    static boolean isRetryableFailure(boolean idempotent, IOException failure) {
        return idempotent || !requestSent(failure);
    }

    /** Whether the request may have reached the server; unknown failures are assumed to have. */
    static boolean requestSent(IOException failure) {
        return !(failure instanceof TransportIOException t) || t.requestSent();
    }

    /** Whether the circuit can only be judged with the error body's {@code type}. */
    static boolean needsErrorType(int status) {
        return status == 500 || status == 503;
    }

    /**
     * Whether a response says that Unipile itself is unwell.
     *
     * @param type the error body's {@code type} for a status that {@linkplain #needsErrorType needs it}, or null
     */
    static boolean isCircuitFailure(int status, String type) {
        if (status == 502 || status == 504) {
            return true;
        }
        if (!needsErrorType(status)) {
            return false;
        }
        if (type == null) {
            return true; // an HTML page from a proxy, an empty body: not an account's problem
        }
        String code = type.startsWith("errors/") ? type.substring("errors/".length()) : type;
        return status == 500 ? code.equals("unexpected_error") : code.equals("service_unavailable");
    }

    /** Whether the failure is the caller's interrupt rather than the service's (a socket timeout is not). */
    static boolean isInterrupt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException
                    || (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }
}
