package io.unipile.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link LimitStore#of(ProxyManager)}: a Bucket4j backend, asynchronous when it can be. */
final class ProxyManagerLimitStore implements LimitStore {
    private final ProxyManager<String> proxies;
    private final AsyncProxyManager<String> async;
    private final Runnable onClose;

    ProxyManagerLimitStore(ProxyManager<String> proxies, Runnable onClose) {
        this.proxies = Objects.requireNonNull(proxies, "proxyManager");
        this.async = proxies.isAsyncModeSupported() ? proxies.asAsync() : null;
        this.onClose = onClose;
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration,
                                                          long tokens) {
        if (async != null) {
            return async.builder().build(key, () -> CompletableFuture.completedFuture(configuration))
                    .tryConsumeAndReturnRemaining(tokens);
        }
        try {
            return CompletableFuture.completedFuture(proxies.builder().build(key, () -> configuration)
                    .tryConsumeAndReturnRemaining(tokens));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> addTokens(String key, BucketConfiguration configuration, long tokens) {
        if (async != null) {
            return async.builder().build(key, () -> CompletableFuture.completedFuture(configuration))
                    .addTokens(tokens);
        }
        try {
            proxies.builder().build(key, () -> configuration).addTokens(tokens);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        onClose.run();
    }

    @Override
    public String toString() {
        return "LimitStore[" + proxies.getClass().getSimpleName() + (async != null ? ", async" : "") + "]";
    }
}
