package io.unipile.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts. Injectable so that tests of retry rules run in milliseconds and can assert exact delays.
 */
public interface Sleeper {

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

    /** Completes after {@code duration} without blocking anyone. */
    CompletableFuture<Void> delay(Duration duration);
}
