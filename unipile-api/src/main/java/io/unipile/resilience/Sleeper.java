package io.unipile.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts. Injectable so that tests of retry rules run in milliseconds and can assert exact delays:
 * {@code .sleeper(Sleeper.NONE)} retries at once, and a lambda such as {@code .sleeper(waits::add)} records the
 * waits without waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** Does not wait at all: for tests, where retries should happen at once. */
    Sleeper NONE = new Sleeper() {
        @Override
        public void sleep(Duration duration) {
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String toString() {
            return "Sleeper.NONE";
        }
    };

    /** Real waiting: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
    Sleeper SYSTEM = new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
        }

        @Override
        public String toString() {
            return "Sleeper.SYSTEM";
        }
    };

    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Completes after {@code duration} without blocking the caller. By default it runs {@link #sleep} on another
     * thread, which suits a sleeper that returns at once (a test's); {@link #SYSTEM} schedules a timer instead.
     */
    default CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.runAsync(() -> {
            try {
                sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        });
    }
}
