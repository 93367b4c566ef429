package io.unipile.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often a failed call is tried again. Reads (GET, DELETE) are retried after connection failures,
 * I/O errors and HTTP 408, 429, 500, 502, 503, 504. Writes (POST, PATCH) are retried only when they surely were not
 * processed: the request never left, or the server answered 429. A write that may have reached the server is never
 * re-sent; its exception says the outcome is unknown.
 *
 * <p>Delays grow exponentially from {@code baseDelay}, capped at {@code maxDelay}, each spread at random by
 * ±{@code jitter} (0 to 1). A {@code Retry-After} header replaces the computed delay; when it asks for more than
 * {@code maxRetryAfter} the call fails instead of waiting.
 *
 * @param maxAttempts   total attempts including the first; 1 disables retries
 * @param baseDelay     the delay before the second attempt
 * @param maxDelay      the longest computed delay
 * @param jitter        the random spread of each delay, 0 (none) to 1
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, double jitter,
                          Duration maxRetryAfter) {

    /** 3 attempts, 500 ms doubling to at most 8 s, ±20 % jitter, {@code Retry-After} honoured up to 60 s. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), 0.2, Duration.ofSeconds(60));

    /** No retries. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(500), Duration.ofSeconds(8), 0.2,
            Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("retry.maxAttempts must be between 1 and 100 but was " + maxAttempts);
        }
        positive("retry.baseDelay", baseDelay);
        positive("retry.maxDelay", maxDelay);
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("retry.maxDelay must not be shorter than retry.baseDelay");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("retry.jitter must be between 0 and 1 but was " + jitter);
        }
        Objects.requireNonNull(maxRetryAfter, "retry.maxRetryAfter");
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("retry.maxRetryAfter must not be negative");
        }
    }

    /** Whether any retry can happen. */
    public boolean isEnabled() {
        return maxAttempts > 1;
    }

    /** A copy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, jitter, maxRetryAfter);
    }

    /** A copy with other backoff bounds. */
    public RetryPolicy withBackoff(Duration baseDelay, Duration maxDelay) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, jitter, maxRetryAfter);
    }

    /** A copy with another jitter. */
    public RetryPolicy withJitter(double jitter) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, jitter, maxRetryAfter);
    }

    /** A copy with another cap on {@code Retry-After}. */
    public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, jitter, maxRetryAfter);
    }

    static void positive(String field, Duration d) {
        if (d == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive but was " + d);
        }
    }
}
