package io.unipile.resilience;

import io.unipile.http.HttpMethod;

import java.time.Duration;

/** Something that happened to a call, as told to a {@link UnipileEventListener}. Never carries the API key. */
public sealed interface UnipileEvent {

    /** An attempt was handed to the transport. */
    record RequestSent(HttpMethod method, String path, int attempt) implements UnipileEvent {
    }

    /** An attempt got a response with this status after this long. */
    record ResponseReceived(HttpMethod method, String path, int attempt, int statusCode, Duration duration)
            implements UnipileEvent {
    }

    /** An attempt failed without a response. */
    record RequestFailed(HttpMethod method, String path, int attempt, String reason, boolean mayHaveReachedServer,
                         Duration duration) implements UnipileEvent {
    }

    /** Another attempt follows after {@code delay}, for {@code reason} (a status such as "HTTP 503" or a failure). */
    record RetryScheduled(HttpMethod method, String path, int nextAttempt, String reason, Duration delay)
            implements UnipileEvent {
    }

    /** The client's circuit breaker changed state, e.g. from CLOSED to OPEN. */
    record CircuitStateChanged(String fromState, String toState) implements UnipileEvent {
    }
}
