package io.unipile.benchmarks;

import io.unipile.chats.Chat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@code chats().get} with 8 and 32 threads calling one shared client at once, SDK against raw (see
 * {@link OverheadBenchmark} for why the comparison is fair); one caller is {@link OverheadBenchmark#getChatSdk} and
 * {@link OverheadBenchmark#getChatRaw}, not measured twice. The thread count is in the method name and fixed with
 * {@link Threads} per method, rather than JMH's {@code -t} option, so that one run of the jar measures every count
 * and a {@code -t} meant for other benchmarks cannot change these.
 *
 * <p>Six warm-up seconds rather than {@link OverheadBenchmark}'s ten: with eight callers and more, the code reaches
 * its compilation thresholds several times sooner. With 32 callers on 2 cores this measures contention in the client
 * (connection pool, the resilience layer's shared circuit breaker, JDK {@code HttpClient}'s single selector thread)
 * and in the fake, not parallel speed-up. {@link PairedBenchmark} has the SDK-to-raw ratio at 8 and 32 callers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ConcurrencyBenchmark {

    @Benchmark
    @Threads(8)
    public Chat threads08Sdk(LoopbackFixture f) {
        return f.client.chats().get(f.chatId);
    }

    @Benchmark
    @Threads(8)
    public Chat threads08Raw(LoopbackFixture f) throws IOException {
        return f.raw.getChat(f.chatId);
    }

    @Benchmark
    @Threads(32)
    public Chat threads32Sdk(LoopbackFixture f) {
        return f.client.chats().get(f.chatId);
    }

    @Benchmark
    @Threads(32)
    public Chat threads32Raw(LoopbackFixture f) throws IOException {
        return f.raw.getChat(f.chatId);
    }
}
