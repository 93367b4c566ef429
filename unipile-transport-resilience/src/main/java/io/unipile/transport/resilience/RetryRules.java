package io.unipile.transport.resilience;

import io.unipile.http.TransportIOException;

import java.io.IOException;

/**
 * Which outcomes may be retried and which count against the circuit. Unipile has no idempotency keys, so a request not
 * declared idempotent (POST, PATCH unless an operation says otherwise) is repeated only when it surely was not processed: it never left, or the server said 429.
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

    /** Whether a response counts as a failure for the circuit breaker: 5xx, 408 and 429. */
    static boolean isCircuitFailure(int status) {
        return status >= 500 || status == 408 || status == 429;
    }
}
