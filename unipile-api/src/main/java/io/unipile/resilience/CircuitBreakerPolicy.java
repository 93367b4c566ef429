package io.unipile.resilience;

/**
 * When a client stops calling an API that is failing. Over the last {@code slidingWindowSize} calls (once at least
 * {@code minimumNumberOfCalls} were made), when the share of failures reaches {@code failureRateThreshold} percent
 * the circuit opens: calls fail fast with {@link io.unipile.errors.CircuitOpenException} for {@code waitInOpenState},
 * then {@code permittedCallsInHalfOpenState} probe calls decide whether it closes again. Failures are 5xx replies
 * and I/O failures; 4xx replies never count, 408 and 429 aside.
 *
 * @param enabled                      whether there is a circuit breaker at all
 * @param failureRateThreshold         percent of failed calls that opens the circuit, 1 to 100
 * @param slidingWindowSize            how many recent calls are weighed
 * @param minimumNumberOfCalls         how many calls must be seen before the rate counts
 * @param waitInOpenState              how long the circuit stays open before probing
 * @param permittedCallsInHalfOpenState how many probe calls are let through when half-open
 */
public record CircuitBreakerPolicy(boolean enabled, float failureRateThreshold, int slidingWindowSize,
                                   int minimumNumberOfCalls, java.time.Duration waitInOpenState,
                                   int permittedCallsInHalfOpenState) {

    /** Opens at 50 % failures over the last 20 calls (10 at least), waits 30 s, probes with 3 calls. */
    public static final CircuitBreakerPolicy DEFAULT =
            new CircuitBreakerPolicy(true, 50f, 20, 10, java.time.Duration.ofSeconds(30), 3);

    /** No circuit breaker. */
    public static final CircuitBreakerPolicy DISABLED =
            new CircuitBreakerPolicy(false, 50f, 20, 10, java.time.Duration.ofSeconds(30), 3);

    public CircuitBreakerPolicy {
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
            throw new IllegalArgumentException("circuitBreaker.failureRateThreshold must be in (0, 100] but was "
                    + failureRateThreshold);
        }
        if (slidingWindowSize < 1) {
            throw new IllegalArgumentException("circuitBreaker.slidingWindowSize must be at least 1");
        }
        if (minimumNumberOfCalls < 1) {
            throw new IllegalArgumentException("circuitBreaker.minimumNumberOfCalls must be at least 1");
        }
        RetryPolicy.positive("circuitBreaker.waitInOpenState", waitInOpenState);
        if (permittedCallsInHalfOpenState < 1) {
            throw new IllegalArgumentException("circuitBreaker.permittedCallsInHalfOpenState must be at least 1");
        }
    }
}
