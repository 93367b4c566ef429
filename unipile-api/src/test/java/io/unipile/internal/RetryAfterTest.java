package io.unipile.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreADelay() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateIsADelayFromNow() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void garbageIsIgnored() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("١٢", clock)).as("non-ASCII digits").isEmpty();
    }

    @Test
    void aDelayTooLargeToHonourOrToRepresentIsACenturyNeverIgnored() {
        assertThat(RetryAfter.parse("99999999999999999999999", clock)).contains(RetryAfter.UNREASONABLE);
        assertThat(RetryAfter.parse("9223372036854775807", clock)).contains(RetryAfter.UNREASONABLE);
        assertThat(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", clock)).contains(RetryAfter.UNREASONABLE);
        assertThat(clock.instant().plus(RetryAfter.UNREASONABLE)).isAfter(clock.instant());
    }
}
