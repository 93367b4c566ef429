package io.unipile.resilience;

import io.unipile.http.HttpMethod;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The hook for metrics and tracing: sees each call (one API operation, all its attempts and the waits between them),
 * each attempt, each retry and each change of the circuit breaker, and may add headers to each attempt (such as the
 * W3C {@code traceparent}). Free of any metrics library: {@code io.unipile:unipile-micrometer} implements it for
 * Micrometer; set it with {@link io.unipile.UnipileClient.Builder#callObserver(CallObserver)}.
 *
 * <p>The resilience layer ({@code unipile-transport-resilience}) calls it, synchronously, on the thread where things
 * happen (the caller's for the start of a call, the transport's for the end of an asynchronous attempt). When no
 * observer is set ({@link #NONE}, the default) the layer calls nothing and allocates nothing for it.
 *
 * <p>Nothing handed to an observer carries the API key or an id: a call is described by its method and its
 * operation's path template ({@link CallInfo#uri()}). Implementations must be fast, thread-safe and must not throw;
 * what they throw is logged and otherwise ignored.
 *
 * <pre>
 * callStarted(info)                       → Call        (once, before the first attempt)
 *   Call.attemptStarted(1, headers)       → Attempt     (before each attempt is sent; headers.accept(name, value))
 *   Attempt.attemptEnded(503, null)
 *   Call.retryScheduled(2, "HTTP 503", delay)
 *   Call.attemptStarted(2, headers) ... attemptEnded(200, null)
 *   Call.callEnded(200, null, 2)                         (once: with the response headers, or the failure)
 * </pre>
 */
@FunctionalInterface
public interface CallObserver {

    /** Observes nothing; the default. The resilience layer recognizes it and skips every call to it. */
    CallObserver NONE = info -> Call.NOOP;

    /**
     * A call begins, on the caller's thread, before its first attempt (and before the circuit breaker is asked).
     *
     * @return how this call is followed; {@link Call#NOOP} to ignore it
     */
    Call callStarted(CallInfo info);

    /**
     * The client's circuit breaker went from one state to another ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}),
     * as noticed by the call that caused or saw the change.
     */
    default void circuitStateChanged(String fromState, String toState) {
    }

    /**
     * What a call is, without ids or secrets.
     *
     * @param method    the HTTP method
     * @param uri       the path template of the declared operation as Unipile documents it, with the
     *                  {@code /api/v1} prefix, e.g. {@code /api/v1/chats/{chat_id}/messages}; {@value #RAW_URI} for a
     *                  {@code unipile.raw()} call whose template is not a declared operation's (its literal segments
     *                  may hold ids), so that the values are bounded by the operations this library declares
     * @param transport the transport's name, such as {@code jdk} or {@code httpclient}, or {@code unknown}
     */
    record CallInfo(HttpMethod method, String uri, String transport) {
        /** The {@link #uri()} of a call that is not a declared operation. */
        public static final String RAW_URI = "raw";
    }

    /** One call across its attempts; its methods are called one at a time, attempts being sequential. */
    interface Call {
        /** Follows nothing. */
        Call NOOP = new Call() {
            @Override
            public Attempt attemptStarted(int attempt, BiConsumer<String, String> headers) {
                return Attempt.NOOP;
            }

            @Override
            public void callEnded(int status, Throwable failure, int attempts) {
            }
        };

        /**
         * An attempt is about to be sent (the circuit breaker let it through).
         *
         * @param attempt 1 for the first
         * @param headers sets a header on this attempt only, replacing a value of the same name (e.g.
         *                {@code traceparent}); valid during this call only
         */
        Attempt attemptStarted(int attempt, BiConsumer<String, String> headers);

        /**
         * Another attempt follows after {@code delay}.
         *
         * @param reason a bounded description: {@code HTTP 503} for a status, else the failure's simple class name
         *               ({@code TransportTimeoutException}, {@code TransportIOException}); never a message
         */
        default void retryScheduled(int nextAttempt, String reason, Duration delay) {
        }

        /**
         * The call is over: its last response's headers arrived (the body is read afterwards by the client), or it
         * failed without a response (then {@code status} is 0 and {@code failure} says why, e.g. a timeout or
         * {@link io.unipile.errors.CircuitOpenException}).
         *
         * @param attempts how many attempts were sent; 0 when none was (circuit open, deadline passed)
         */
        void callEnded(int status, Throwable failure, int attempts);
    }

    /** One attempt. */
    interface Attempt {
        /** Follows nothing. */
        Attempt NOOP = (status, failure) -> { };

        /** The attempt got a response with {@code status}, or failed ({@code status} 0) with {@code failure}. */
        void attemptEnded(int status, Throwable failure);
    }
}
