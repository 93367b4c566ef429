package io.unipile.transport.resilience;

import io.unipile.resilience.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A clock that only moves when slept on, and the sleeper that moves it: retry tests run instantly and exactly. */
final class FakeTime extends Clock implements Sleeper {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

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

    synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
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
