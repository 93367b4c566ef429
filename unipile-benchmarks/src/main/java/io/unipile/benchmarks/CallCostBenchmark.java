package io.unipile.benchmarks;

import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.internal.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What the SDK costs per call beyond decoding the reply: {@code accounts().get} on a client fed from memory
 * ({@link InMemoryTransportProvider}, wrapped in the default retries and circuit breaker like any transport) against a
 * bare Jackson {@code readValue} of the same small account. The difference is the pipeline's fixed cost per call
 * (validation, building the request from its declaration, the resilience layer, the status check), measured without
 * the noise of sockets and threads that dominates {@link PairedBenchmark}'s loopback calls. The methods end in
 * {@code Sdk} and {@code Raw} so that {@link ResultTable} pairs them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallCostBenchmark {
    /** A typical account as the fake returns it. */
    static final byte[] ACCOUNT = ("{\"object\":\"Account\",\"type\":\"LINKEDIN\",\"id\":\"acc_1\",\"name\":\"Jane Doe\","
            + "\"created_at\":\"2026-01-02T03:04:05.000Z\",\"current_signature\":null,\"signatures\":[],"
            + "\"groups\":[],\"sources\":[{\"id\":\"acc_1_MESSAGING\",\"status\":\"OK\"}],"
            + "\"connection_params\":{\"im\":{\"id\":\"li_1\",\"username\":\"Jane Doe\",\"publicIdentifier\":\"jane\"}}}")
            .getBytes(StandardCharsets.UTF_8);

    /** A client answering every call with {@link #ACCOUNT}. */
    @State(Scope.Benchmark)
    public static class Client {
        UnipileClient client;

        @Setup(Level.Trial)
        public void start() {
            client = UnipileClient.builder()
                    .baseUrl("http://unipile.invalid")
                    .apiKey("in-memory")
                    .transport(new InMemoryTransportProvider(ACCOUNT))
                    .build();
            if (!"acc_1".equals(client.accounts().get("acc_1").id())) {
                throw new IllegalStateException("the in-memory account did not decode");
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            client.close();
        }
    }

    @Benchmark
    public Account getAccountSdk(Client c) {
        return c.client.accounts().get("acc_1");
    }

    @Benchmark
    public Account getAccountRaw() throws IOException {
        return Json.mapper().readValue((InputStream) new ByteArrayInputStream(ACCOUNT), Account.class);
    }
}
