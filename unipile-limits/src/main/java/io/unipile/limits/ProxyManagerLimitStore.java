package io.unipile.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link LimitStore#of(ProxyManager)}: a Bucket4j backend, asynchronous when it can be.
 *
 * <p>A bucket in a shared store outlives the instance that made it, and an account that keeps acting never lets it
 * expire: so each store carries a configuration version, the time it was made, and a bucket stored with an older one
 * takes the caller's configuration (Bucket4j's implicit replacement), keeping what was consumed ({@code ADDITIVE}: a
 * quota raised from 3 to 5 after 2 actions leaves 3). The newest instance's policy is the fleet's.
 */
final class ProxyManagerLimitStore implements LimitStore {
    private static final AtomicLong LAST_VERSION = new AtomicLong();

    private final ProxyManager<String> proxies;
    private final AsyncProxyManager<String> async;
    private final long version;

    ProxyManagerLimitStore(ProxyManager<String> proxies) {
        this.proxies = Objects.requireNonNull(proxies, "proxyManager");
        this.async = proxies.isAsyncModeSupported() ? proxies.asAsync() : null;
        // Strictly increasing within a JVM, so that a store made later in the same millisecond is still newer.
        this.version = LAST_VERSION.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
    }

    private AsyncBucketProxy asyncBucket(String key, BucketConfiguration configuration) {
        return async.builder().withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE)
                .build(key, () -> CompletableFuture.completedFuture(configuration));
    }

    private BucketProxy bucket(String key, BucketConfiguration configuration) {
        return proxies.builder().withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE)
                .build(key, () -> configuration);
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration,
                                                          long tokens) {
        if (async != null) {
            return asyncBucket(key, configuration).tryConsumeAndReturnRemaining(tokens);
        }
        try {
            return CompletableFuture.completedFuture(bucket(key, configuration).tryConsumeAndReturnRemaining(tokens));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> addTokens(String key, BucketConfiguration configuration, long tokens) {
        if (async != null) {
            return asyncBucket(key, configuration).addTokens(tokens);
        }
        try {
            bucket(key, configuration).addTokens(tokens);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String toString() {
        return "LimitStore[" + proxies.getClass().getSimpleName() + (async != null ? ", async" : "") + "]";
    }
}
