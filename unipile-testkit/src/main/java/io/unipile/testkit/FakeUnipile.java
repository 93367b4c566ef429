package io.unipile.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Runs a {@link FakeUnipileServer} for the annotated test class and resets it before each test.
 * Test methods, constructors and lifecycle methods can take a {@link FakeUnipileServer} or an
 * {@code io.unipile.UnipileClient} parameter, and fields of those types are filled in.
 * {@code @Nested} classes share the enclosing class's server; settings on them are ignored.
 * The injected client does not wait between retries; a {@link ClientConfig} method changes that or any other
 * setting of the client.
 * Test classes may run in parallel, each with its own server; the methods of one class run one at a
 * time, since they share the server and each starts by resetting it.
 *
 * <pre>{@code
 * @FakeUnipile
 * class SendingTest {
 *     @Test
 *     void sends(FakeUnipileServer server, UnipileClient client) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeUnipileExtension.class)
@Execution(ExecutionMode.SAME_THREAD)
public @interface FakeUnipile {

    /** The API key the server accepts (and the injected client sends). */
    String apiKey() default FakeUnipileServer.DEFAULT_API_KEY;

    /** Whether the server speaks HTTPS with a self-signed certificate. */
    boolean https() default false;

    /** The most bytes a multipart body may carry. */
    long maxRequestBodyBytes() default FakeUnipileServer.DEFAULT_MAX_REQUEST_BODY_BYTES;

    /**
     * The waits before each retry of a webhook delivery, in milliseconds (default: the server's
     * {@link FakeUnipileServer#DEFAULT_WEBHOOK_RETRY_DELAYS}); e.g. {@code {10, 20}} for two quick retries.
     */
    long[] webhookRetryDelaysMillis() default {1_000, 5_000, 15_000, 30_000, 60_000};

    /** How long a webhook receiver has to answer, in milliseconds. */
    long webhookTimeoutMillis() default FakeUnipileServer.DEFAULT_WEBHOOK_TIMEOUT_MILLIS;

    /** The data loaded before each test. */
    Seed seed() default Seed.NONE;

    /**
     * Marks a static method of the test class (or a superclass) that configures the injected client before it is
     * built: after the fake's URL, key, TLS trust and no-wait sleeper are set, so it may override any of them.
     * It takes one {@code UnipileClient.Builder}; superclasses' methods run first.
     *
     * <pre>{@code
     * @FakeUnipile
     * class RetryTest {
     *     @FakeUnipile.ClientConfig
     *     static void client(UnipileClient.Builder builder) {
     *         builder.retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).eventListener(events::add);
     *     }
     * }
     * }</pre>
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface ClientConfig {
    }

    /** Data sets to load before each test. */
    enum Seed {
        /** An empty fake. */
        NONE,
        /** {@link DemoData}. */
        DEMO
    }
}
