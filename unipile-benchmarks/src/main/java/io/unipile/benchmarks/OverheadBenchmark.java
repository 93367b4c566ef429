package io.unipile.benchmarks;

import io.unipile.accounts.Account;
import io.unipile.chats.Chat;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
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
 * The SDK's cost per call: each operation through the SDK ({@code ...Sdk}) and the same request written by hand on
 * the raw HTTP client under the same transport ({@code ...Raw}, see {@link RawCalls}), one caller, against the fake
 * Unipile over loopback. Target: SDK throughput at least 95 % of raw. Run with {@code -prof gc} for the allocation
 * per call ({@code gc.alloc.rate.norm}); the fake runs in another JVM, so that is the client's allocation alone.
 * The SDK and raw forks run one after the other, so on a shared machine their ratio carries the load's swings;
 * {@link PairedBenchmark} measures the same ratio with both in one loop, and that is the one the target is judged
 * by.
 *
 * <p>Why it is fair: same server, same JVM flags, same JSON decoded into the same model classes by the same mapper,
 * same connection reuse; the raw side checks each status so it cannot be fast by failing. The difference is what
 * the SDK adds: argument checks, request and URL building, the resilience layer (retry and circuit-breaker
 * bookkeeping, the body watchdog), status and error mapping. Sends build a fresh request (and multipart boundary)
 * per call on both sides; the 1 MiB attachment comes from memory on both sides.
 *
 * <p>Why ten warm-up seconds: the HTTP stack, Jackson and the SDK take seconds of C2 compilation, and on a busy
 * 2-core machine compilation kept going for about 15 s (seen with {@code -prof comp}); measuring earlier compares
 * compilers, not clients.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class OverheadBenchmark {

    @Benchmark
    public Account getAccountSdk(LoopbackFixture f) {
        return f.client.accounts().get(f.accountId);
    }

    @Benchmark
    public Account getAccountRaw(LoopbackFixture f) throws IOException {
        return f.raw.getAccount(f.accountId);
    }

    @Benchmark
    public Chat getChatSdk(LoopbackFixture f) {
        return f.client.chats().get(f.chatId);
    }

    @Benchmark
    public Chat getChatRaw(LoopbackFixture f) throws IOException {
        return f.raw.getChat(f.chatId);
    }

    @Benchmark
    public MessageSent sendTextSdk(LoopbackFixture f) {
        return f.client.chats().sendMessage(f.chatId, SendMessageRequest.ofText(LoopbackFixture.TEXT));
    }

    @Benchmark
    public MessageSent sendTextRaw(LoopbackFixture f) throws IOException {
        return f.raw.sendMessage(f.chatId, LoopbackFixture.TEXT, null);
    }

    @Benchmark
    public MessageSent sendFileSdk(LoopbackFixture f) {
        return f.client.chats().sendMessage(f.chatId, SendMessageRequest.builder()
                .text(LoopbackFixture.TEXT)
                .addAttachment(f.attachment)
                .build());
    }

    @Benchmark
    public MessageSent sendFileRaw(LoopbackFixture f) throws IOException {
        return f.raw.sendMessage(f.chatId, LoopbackFixture.TEXT, f.attachmentBytes);
    }
}
