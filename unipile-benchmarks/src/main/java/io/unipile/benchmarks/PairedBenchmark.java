package io.unipile.benchmarks;

import io.unipile.messages.SendMessageRequest;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The comparisons of {@link OverheadBenchmark} and {@link PageDecodingBenchmark} again, with the SDK and the raw
 * client taking turns in one loop instead of running in separate forks one after the other: each invocation makes one
 * SDK call and one raw call, in alternating order, and times each. The ratio of their mean times is then immune to
 * the load of the moment on a shared machine, which in separate forks can swing throughput by half between the SDK
 * run and the raw run. With one caller, the raw mean time over the SDK mean time is the SDK's throughput as a
 * fraction of raw: the number the 95 % and 90 % targets are about. With 8 and 32 callers ({@code getChat08Threads},
 * {@code getChat32Threads}) every thread takes turns the same way, so SDK and raw calls meet the same contention in
 * the fake and on the cores; {@link ConcurrencyBenchmark} gives the absolute throughput of each alone.
 *
 * <p>The primary score (pairs per second) means little; the result is in the counters {@code sdkNanos},
 * {@code rawNanos} and {@code pairs} of each iteration, which {@link ResultTable} turns into a ratio with its
 * spread over the iterations. Reading {@link System#nanoTime()} four times per pair costs well under a microsecond
 * against calls of tens of microseconds or more.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
@Threads(1)
public class PairedBenchmark {
    /** The page decoding calls, stateless. */
    private static final PageDecodingBenchmark PAGES = new PageDecodingBenchmark();

    /** Time spent in each side's calls during one iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Clocks {
        public long sdkNanos;
        public long rawNanos;
        public long pairs;

        @Setup(Level.Iteration)
        public void reset() {
            sdkNanos = 0;
            rawNanos = 0;
            pairs = 0;
        }

        /** Times one SDK call and one raw call, SDK first on even pairs, raw first on odd ones. */
        void pair(Callable<?> sdk, Callable<?> raw, Blackhole sink) throws Exception {
            if ((pairs & 1) == 0) {
                sdkNanos += timed(sdk, sink);
                rawNanos += timed(raw, sink);
            } else {
                rawNanos += timed(raw, sink);
                sdkNanos += timed(sdk, sink);
            }
            pairs++;
        }

        private static long timed(Callable<?> call, Blackhole sink) throws Exception {
            long start = System.nanoTime();
            sink.consume(call.call());
            return System.nanoTime() - start;
        }
    }

    @Benchmark
    public void getAccount(LoopbackFixture f, Clocks clocks, Blackhole sink) throws Exception {
        clocks.pair(() -> f.client.accounts().get(f.accountId), () -> f.raw.getAccount(f.accountId), sink);
    }

    @Benchmark
    public void getChat(LoopbackFixture f, Clocks clocks, Blackhole sink) throws Exception {
        clocks.pair(() -> f.client.chats().get(f.chatId), () -> f.raw.getChat(f.chatId), sink);
    }

    @Benchmark
    @Threads(8)
    public void getChat08Threads(LoopbackFixture f, Clocks clocks, Blackhole sink) throws Exception {
        getChat(f, clocks, sink);
    }

    @Benchmark
    @Threads(32)
    public void getChat32Threads(LoopbackFixture f, Clocks clocks, Blackhole sink) throws Exception {
        getChat(f, clocks, sink);
    }

    @Benchmark
    public void sendText(LoopbackFixture f, Clocks clocks, Blackhole sink) throws Exception {
        clocks.pair(() -> f.client.chats().sendMessage(f.chatId, SendMessageRequest.ofText(LoopbackFixture.TEXT)),
                () -> f.raw.sendMessage(f.chatId, LoopbackFixture.TEXT, null), sink);
    }

    @Benchmark
    public void sendFile(LoopbackFixture f, Clocks clocks, Blackhole sink) throws Exception {
        clocks.pair(() -> f.client.chats().sendMessage(f.chatId, SendMessageRequest.builder()
                        .text(LoopbackFixture.TEXT)
                        .addAttachment(f.attachment)
                        .build()),
                () -> f.raw.sendMessage(f.chatId, LoopbackFixture.TEXT, f.attachmentBytes), sink);
    }

    @Benchmark
    public void decodePage(PageDecodingBenchmark.PageBytes page, Clocks clocks, Blackhole sink) throws Exception {
        clocks.pair(() -> PAGES.decodePageSdk(page), () -> PAGES.decodePageRaw(page), sink);
    }
}
