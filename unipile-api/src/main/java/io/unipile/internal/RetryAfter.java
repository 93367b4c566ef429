package io.unipile.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After} (RFC 9110 §10.2.3): delay seconds or an HTTP date. */
public final class RetryAfter {
    /**
     * What a delay too large to honour or even to represent (a 20-digit number of seconds) is read as: a century,
     * beyond any retry cap, so the call fails at once rather than waiting, and the value stays safe to add to an
     * instant.
     */
    public static final Duration UNREASONABLE = Duration.ofDays(36_525);

    private RetryAfter() {
    }

    /**
     * The delay the header asks for, measured from {@code clock}'s now; empty when absent or unparseable. A date in
     * the past gives {@link Duration#ZERO}.
     */
    public static Optional<Duration> parse(String header, Clock clock) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                Duration d = Duration.ofSeconds(Long.parseLong(value));
                return Optional.of(d.compareTo(UNREASONABLE) > 0 ? UNREASONABLE : d);
            } catch (NumberFormatException e) {
                return Optional.of(UNREASONABLE);
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d.compareTo(UNREASONABLE) > 0 ? UNREASONABLE : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
