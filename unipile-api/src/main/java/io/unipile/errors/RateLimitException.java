package io.unipile.errors;

import java.time.Duration;
import java.util.Optional;

/** Too many requests (HTTP 429, {@code errors/too_many_requests}); carries {@code Retry-After} when sent. */
public class RateLimitException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitException(ErrorDetails details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait, from its {@code Retry-After} header. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
