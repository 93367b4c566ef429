package io.unipile.transport.resilience;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.unipile.http.TransportResponse;
import io.unipile.internal.RetryAfter;
import io.unipile.resilience.RetryPolicy;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The wait before attempt {@code n + 1}: {@code Retry-After} when the response carries it, else
 * {@code baseDelay * 2^(n-1)} capped at {@code maxDelay}, spread by ±jitter. A {@code Retry-After} beyond the
 * policy's cap yields -1: waiting that long is the caller's decision, not ours.
 */
final class Backoff implements IntervalBiFunction<TransportResponse> {
    private final RetryPolicy policy;
    private final Clock clock;
    private final DoubleSupplier random;

    Backoff(RetryPolicy policy, Clock clock, DoubleSupplier random) {
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, TransportResponse> outcome) {
        if (outcome.isRight()) {
            Optional<Duration> asked = RetryAfter.parse(outcome.get().header("Retry-After").orElse(null), clock);
            if (asked.isPresent()) {
                return asked.get().compareTo(policy.maxRetryAfter()) > 0 ? -1L : asked.get().toMillis();
            }
        }
        return computed(attempt);
    }

    /** The exponential delay after the {@code attempt}-th attempt, in milliseconds. */
    long computed(int attempt) {
        double base = policy.baseDelay().toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(base, policy.maxDelay().toMillis());
        double spread = capped * policy.jitter() * (2 * random.getAsDouble() - 1);
        return Math.max(0, Math.round(capped + spread));
    }
}
