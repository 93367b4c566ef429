package io.unipile.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link LimitStore#inMemory()}: Bucket4j's lock-free local buckets, one per key. */
final class InMemoryLimitStore implements LimitStore {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    InMemoryLimitStore(Clock clock) {
        this.time = new ClockTimeMeter(clock);
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration,
                                                          long tokens) {
        return CompletableFuture.completedFuture(bucket(key, configuration).tryConsumeAndReturnRemaining(tokens));
    }

    @Override
    public CompletableFuture<Void> addTokens(String key, BucketConfiguration configuration, long tokens) {
        bucket(key, configuration).addTokens(tokens);
        return CompletableFuture.completedFuture(null);
    }

    private Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.computeIfAbsent(key, k -> {
            LocalBucketBuilder b = Bucket.builder().withCustomTimePrecision(time);
            for (Bandwidth bandwidth : configuration.getBandwidths()) {
                b.addLimit(bandwidth);
            }
            return b.build();
        });
    }

    @Override
    public String toString() {
        return "LimitStore.inMemory[" + buckets.size() + " buckets]";
    }

    /** Wall-clock time from a {@link Clock}, as Bucket4j's calendar-aligned refills need. */
    static final class ClockTimeMeter implements TimeMeter {
        private final Clock clock;

        ClockTimeMeter(Clock clock) {
            this.clock = clock;
        }

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
