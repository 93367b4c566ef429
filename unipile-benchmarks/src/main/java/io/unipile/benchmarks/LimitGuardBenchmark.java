package io.unipile.benchmarks;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.guard.GuardedCall;
import io.unipile.http.HttpMethod;
import io.unipile.limits.LimitPolicy;
import io.unipile.limits.LimitStore;
import io.unipile.limits.LimitedAction;
import io.unipile.limits.Quota;
import io.unipile.limits.UnipileLimits;
import io.unipile.limits.redis.RedisLimitStore;
import io.unipile.users.UserProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What {@code unipile-limits} costs per limited call: a profile view ({@code users().get}, one
 * {@link LimitedAction#PROFILE_VIEW} charge against a quota too large to run out) on a client fed from memory
 * ({@link InMemoryTransportProvider}), with no guard, with the guard on its in-memory store, and with the guard on a
 * real Redis on loopback (a redis-server started for the trial). The differences are the guard's cost: the charge
 * (one Bucket4j compare-and-swap: a read and a script on Redis) on top of the SDK's own fixed cost per call. A spaced
 * action adds two more store operations (take the pause, give back its unused part).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LimitGuardBenchmark {
    static final String ACCOUNT = "acc_bench";
    /** The spec's example of a LinkedIn profile (3 KB). */
    static final byte[] PROFILE = profile();

    private static byte[] profile() {
        try (InputStream in = LimitGuardBenchmark.class.getResourceAsStream("/linkedin-profile.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A client with the guard the parameter names. */
    @State(Scope.Benchmark)
    public static class Client {
        /** {@code none}: no guard; {@code memory}: in-memory store; {@code redis}: a Redis on loopback. */
        @Param({"none", "memory", "redis"})
        public String store;

        UnipileClient client;
        UnipileLimits limits;
        Process redis;

        @Setup(Level.Trial)
        public void start() throws Exception {
            UnipileClient.Builder b = UnipileClient.builder().baseUrl("http://unipile.invalid").apiKey("in-memory")
                    .transport(new InMemoryTransportProvider(PROFILE));
            if (!store.equals("none")) {
                LimitStore limitStore = store.equals("memory") ? LimitStore.inMemory()
                        : RedisLimitStore.connect(startRedis());
                limits = UnipileLimits.builder().store(limitStore).keyPrefix("bench-" + UUID.randomUUID() + ":")
                        .account(ACCOUNT, LimitPolicy.builder().quota(LimitedAction.PROFILE_VIEW,
                                Quota.perDay(1_000_000_000)).build())
                        .build();
                limits.bindTo(b);
            }
            client = b.build();
            if (!(client.users().get("jane", ACCOUNT) instanceof io.unipile.users.LinkedInUserProfile)) {
                throw new IllegalStateException("the in-memory profile did not decode");
            }
        }

        private String startRedis() throws IOException, InterruptedException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            redis = new ProcessBuilder(redisServer().toString(), "--port", String.valueOf(port), "--bind",
                    "127.0.0.1", "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 500; i++) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return "redis://127.0.0.1:" + port;
                } catch (IOException notYet) {
                    Thread.sleep(20);
                }
            }
            throw new IOException("redis-server did not start");
        }

        /** {@code redis-server} on the PATH, else the Linux x86-64 one inside the embedded-redis jar. */
        private static Path redisServer() throws IOException {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, "redis-server");
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
            try (InputStream in = LimitGuardBenchmark.class.getClassLoader()
                    .getResourceAsStream("redis-server-6.2.6-v5-linux-amd64")) {
                if (in == null) {
                    throw new IOException("no redis-server on the PATH");
                }
                Path p = Files.createTempFile("bench-redis", "");
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                p.toFile().setExecutable(true);
                p.toFile().deleteOnExit();
                return p;
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            client.close();
            if (limits != null) {
                limits.close();
            }
            if (redis != null) {
                redis.destroy();
                redis.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A whole limited call: the SDK's call with the guard's charge in it. */
    @Benchmark
    public UserProfile profileView(Client c) {
        return c.client.users().get("jane", ACCOUNT);
    }

    /** The guard alone, admitting a profile view as the client would ask it to (nothing when there is none). */
    @Benchmark
    public Object admitOnly(Client c) {
        return c.limits == null ? null : c.limits.admit(PROFILE_VIEW_CALL).toCompletableFuture().join();
    }

    /** A profile view as a guard sees it. */
    static final GuardedCall PROFILE_VIEW_CALL = new GuardedCall() {
        @Override
        public HttpMethod method() {
            return HttpMethod.GET;
        }

        @Override
        public String uri() {
            return "/api/v1/users/{identifier}";
        }

        @Override
        public Optional<String> pathValue(String name) {
            return name.equals("identifier") ? Optional.of("jane") : Optional.empty();
        }

        @Override
        public Optional<String> field(String name) {
            return name.equals("account_id") ? Optional.of(ACCOUNT) : Optional.empty();
        }

        @Override
        public RequestOptions options() {
            return RequestOptions.none();
        }

        @Override
        public UnipileClient client() {
            throw new UnsupportedOperationException("the benchmark's accounts are configured: no look-up");
        }
    };
}
