package io.unipile.limits;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.unipile.UnipileClient;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.users.UserRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.unipile.testkit.DemoData.LINKEDIN_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LimitStore#of} on a Bucket4j backend without an asynchronous mode, as JCache's is: a compare-and-swap map
 * standing in for the cache, shared by two guards, under concurrent calls.
 */
@Timeout(60)
class SyncBackendStoreTest {
    private final MapBackend backend = new MapBackend();
    private FakeUnipileServer server;
    private final java.util.List<AutoCloseable> open = new java.util.ArrayList<>();

    @BeforeEach
    void start() {
        server = FakeUnipileServer.builder().build().start();
        DemoData.load(server.state());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        server.close();
    }

    private UnipileClient instance() {
        UnipileLimits limits = UnipileLimits.builder().store(LimitStore.of(backend))
                .account(LINKEDIN_ACCOUNT_ID, LimitPolicy.builder()
                        .quota(LimitedAction.PROFILE_VIEW, Quota.perDay(30)).build())
                .build();
        UnipileClient client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl())
                .apiKey(server.apiKey()).transport("httpclient")).build();
        open.add(client);
        open.add(limits);
        return client;
    }

    @Test
    void twoGuardsOnOneSynchronousBackendSpendTheQuotaExactlyUnderContention() throws Exception {
        UnipileClient a = instance();
        UnipileClient b = instance();
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 80; i++) {
            UnipileClient c = i % 2 == 0 ? a : b;
            pool.execute(() -> {
                try {
                    c.users().get("someone", LINKEDIN_ACCOUNT_ID);
                    admitted.incrementAndGet();
                } catch (LimitExceededException e) {
                    refused.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(admitted.get()).isEqualTo(30);
        assertThat(refused.get()).isEqualTo(50);
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).isEqualTo(30);
        assertThat(backend.swaps.get()).as("the backend was used").isGreaterThanOrEqualTo(30);
    }

    /** A map with compare-and-swap, synchronous only: what a JCache-backed proxy manager offers. */
    static final class MapBackend extends AbstractCompareAndSwapBasedProxyManager<String> {
        private final ConcurrentMap<String, byte[]> map = new ConcurrentHashMap<>();
        final AtomicInteger swaps = new AtomicInteger();

        MapBackend() {
            super(ClientSideConfig.getDefault());
        }

        @Override
        protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
            return new CompareAndSwapOperation() {
                @Override
                public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                    return Optional.ofNullable(map.get(key));
                }

                @Override
                public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state,
                                              Optional<Long> timeoutNanos) {
                    boolean swapped = original == null ? map.putIfAbsent(key, updated) == null
                            : map.replace(key, original, updated); // the same array instance as read
                    if (swapped) {
                        swaps.incrementAndGet();
                    }
                    return swapped;
                }
            };
        }

        @Override
        protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
            throw new UnsupportedOperationException("synchronous only");
        }

        @Override
        public void removeProxy(String key) {
            map.remove(key);
        }

        @Override
        protected CompletableFuture<Void> removeAsync(String key) {
            throw new UnsupportedOperationException("synchronous only");
        }

        @Override
        public boolean isAsyncModeSupported() {
            return false;
        }
    }
}
