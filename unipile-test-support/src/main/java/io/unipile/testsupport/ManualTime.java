package io.unipile.testsupport;

import io.unipile.resilience.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when slept on or advanced by hand, and the sleeper that moves it: retry tests run at
 * once and can assert the exact delays. Thread-safe.
 */
public final class ManualTime extends Clock implements Sleeper {
    private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** Records the wait and moves the clock by it; never blocks. */
    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        sleep(duration);
        return CompletableFuture.completedFuture(null);
    }

    /** Moves the clock without recording a sleep. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Every wait so far, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
