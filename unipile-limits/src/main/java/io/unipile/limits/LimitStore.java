package io.unipile.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Where budgets live: token buckets by key, created with their configuration on first use. {@link #inMemory()}
 * keeps them in this JVM (one instance); {@link #of(ProxyManager)} puts them in any Bucket4j backend shared by the
 * fleet (JCache, Hazelcast, a database), and {@link io.unipile.limits.redis.RedisLimitStore} in Redis.
 *
 * <p>A shared store drops a bucket once it would be full again. When instances disagree on a bucket's quotas (a
 * policy changed by a new deployment), the store made last wins: its configuration replaces an older one on first
 * use, keeping what was already consumed. Implementations are thread-safe; a failed or late answer is handled by
 * {@link UnipileLimits} as its {@link StoreFailureMode} says.
 */
public interface LimitStore extends AutoCloseable {

    /**
     * Takes {@code tokens} from the bucket {@code key} if it has them, creating it with {@code configuration} first
     * when it does not exist.
     *
     * @param key           the bucket's key
     * @param configuration the bucket's limits, used when it is created
     * @param tokens        how many to take, at least 1
     * @return the outcome: consumed, or how long until enough tokens are back
     */
    CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration, long tokens);

    /**
     * Gives {@code tokens} back to the bucket {@code key} (never above its capacity).
     *
     * @param key           the bucket's key
     * @param configuration the bucket's limits, used when it is created
     * @param tokens        how many, at least 1
     * @return completes when done
     */
    CompletableFuture<Void> addTokens(String key, BucketConfiguration configuration, long tokens);

    /** Releases what the store opened itself (nothing for a store made on a caller's resources). */
    @Override
    default void close() {
    }

    /**
     * Buckets in this JVM's memory, on the system clock: budgets are kept for one instance only.
     *
     * @return a new in-memory store
     */
    static LimitStore inMemory() {
        return new InMemoryLimitStore(Clock.systemUTC());
    }

    /**
     * Buckets in this JVM's memory, on {@code clock} (for tests that move time by hand).
     *
     * @param clock the clock buckets refill by
     * @return a new in-memory store
     */
    static LimitStore inMemory(Clock clock) {
        return new InMemoryLimitStore(clock);
    }

    /**
     * Buckets in any Bucket4j backend, e.g. JCache's {@code Bucket4jJCache.entryProcessorBasedBuilder(cache)}: used
     * asynchronously when the backend supports it, else on the calling thread, where the guard's store timeout
     * cannot cut a call short (configure the backend's own timeout).
     *
     * @param proxyManager the backend, with its own expiration and client-side settings
     * @return a store on it (closing it closes nothing)
     */
    static LimitStore of(ProxyManager<String> proxyManager) {
        return new ProxyManagerLimitStore(proxyManager);
    }
}
