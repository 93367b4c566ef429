package io.unipile.limits.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.unipile.limits.LimitStore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link LimitStore} in Redis, shared by every instance that uses the same Redis and key prefix: Bucket4j's
 * compare-and-swap buckets on Lettuce, one small key per account and action, dropped by Redis once full again.
 *
 * <pre>{@code
 * LimitStore store = RedisLimitStore.connect("redis://redis.internal:6379");
 * }</pre>
 *
 * <p>{@link #connect(String)} opens its own client, which rejects commands at once while Redis is unreachable (so
 * that the guard's {@link io.unipile.limits.StoreFailureMode} applies quickly) and reconnects in the background;
 * {@link #of(StatefulRedisConnection)} uses the application's connection as it is configured.
 */
public final class RedisLimitStore implements LimitStore {
    private final LimitStore buckets;
    private final Runnable onClose;
    private final String description;

    private RedisLimitStore(StatefulRedisConnection<byte[], byte[]> connection, Runnable onClose,
                            String description) {
        ProxyManager<byte[]> bytes = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy
                        .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.buckets = LimitStore.of(bytes.withMapper(key -> key.getBytes(StandardCharsets.UTF_8)));
        this.onClose = onClose;
        this.description = description;
    }

    /**
     * Connects to Redis at {@code uri} ({@code redis://[password@]host:port[/db]}, {@code rediss://} for TLS) with a
     * client of its own, closed with this store. Fails now if Redis cannot be reached.
     *
     * @param uri where Redis is
     * @return the store
     */
    public static RedisLimitStore connect(String uri) {
        RedisURI redisUri = RedisURI.create(Objects.requireNonNull(uri, "uri"));
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .build());
        try {
            StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
            return new RedisLimitStore(connection, () -> {
                connection.close();
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }, "RedisLimitStore[" + redisUri.getHost() + ":" + redisUri.getPort() + "]");
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw e;
        }
    }

    /**
     * A store on the application's connection (with the byte-array codec), which stays open when the store closes.
     *
     * @param connection an open connection
     * @return the store
     */
    public static RedisLimitStore of(StatefulRedisConnection<byte[], byte[]> connection) {
        return new RedisLimitStore(Objects.requireNonNull(connection, "connection"), () -> { },
                "RedisLimitStore[application connection]");
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration,
                                                          long tokens) {
        return buckets.tryConsume(key, configuration, tokens);
    }

    @Override
    public CompletableFuture<Void> addTokens(String key, BucketConfiguration configuration, long tokens) {
        return buckets.addTokens(key, configuration, tokens);
    }

    /** Closes the client {@link #connect(String)} opened; a connection given to {@link #of} stays open. */
    @Override
    public void close() {
        onClose.run();
    }

    @Override
    public String toString() {
        // Never the URI itself: it may hold a password.
        return description;
    }
}
