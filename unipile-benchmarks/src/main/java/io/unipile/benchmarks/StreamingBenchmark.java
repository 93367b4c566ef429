package io.unipile.benchmarks;

import io.unipile.UnipileClient;
import io.unipile.files.FileInput;
import io.unipile.files.FileDownload;
import io.unipile.messages.SendMessageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A 1 GiB upload (one message with a 1 GiB attachment) and a 1 GiB attachment download in a JVM limited to a 64 MiB
 * heap, through the SDK and through the raw client of the same transport. That they complete at all proves the bytes
 * stream; the score is the speed in MiB/s.
 *
 * <p>How the score reads as MiB/s: each invocation moves 1 GiB and counts as 1024 operations
 * ({@link OperationsPerInvocation}); in throughput mode with an iteration time far shorter than one transfer, every
 * iteration is exactly one invocation, so operations per second are MiB per second. The server is a
 * {@link BulkServer} in the same JVM (so it shares the 64 MiB too); the upload's source is a {@link SyntheticStream}
 * on both sides, and both sides drain the download into a null stream. Each invocation's byte count is checked.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(StreamingBenchmark.MIB_PER_TRANSFER)
@Warmup(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 2, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class StreamingBenchmark {
    /** 1 GiB in MiB. */
    static final int MIB_PER_TRANSFER = 1024;
    /** 1 GiB. */
    static final long SIZE = (long) MIB_PER_TRANSFER * 1024 * 1024;

    /** The bulk server and both clients on one transport. */
    @State(Scope.Benchmark)
    public static class Transfer {
        @Param({"jdk", "httpclient"})
        public String transport;

        BulkServer server;
        UnipileClient client;
        RawCalls raw;

        @Setup(Level.Trial)
        public void start() throws IOException {
            server = new BulkServer(SIZE);
            // Five minutes per attempt: an upload counts against the request timeout, and 1 GiB on a busy machine
            // must not be cut short. Retries stay on, as by default; a streamed file is never re-sent anyway.
            Duration timeout = Duration.ofMinutes(5);
            client = UnipileClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiKey("bulk")
                    .transport(transport)
                    .requestTimeout(timeout)
                    .build();
            raw = RawCalls.forTransport(transport, server.baseUrl(), "bulk", timeout);
        }

        @TearDown(Level.Trial)
        public void stop() {
            client.close();
            raw.close();
            server.close();
        }

        long checkUploaded() {
            long received = server.lastUploadBytes();
            if (received < SIZE) {
                throw new IllegalStateException("the server received " + received + " bytes, not " + SIZE);
            }
            return received;
        }

        long checkDownloaded(long received) {
            if (received != SIZE) {
                throw new IllegalStateException("downloaded " + received + " bytes, not " + SIZE);
            }
            return received;
        }
    }

    @Benchmark
    public long uploadSdk(Transfer t) {
        t.client.chats().sendMessage("chat", SendMessageRequest.builder()
                .text("1 GiB")
                .addAttachment(FileInput.of(new SyntheticStream(SIZE), SIZE, "big.bin"))
                .build());
        return t.checkUploaded();
    }

    @Benchmark
    public long uploadRaw(Transfer t) throws IOException {
        t.raw.sendMessage("chat", "1 GiB", new SyntheticStream(SIZE), SIZE);
        return t.checkUploaded();
    }

    @Benchmark
    public long downloadSdk(Transfer t) throws IOException {
        try (FileDownload download = t.client.messages().downloadAttachment("message", "attachment");
             InputStream in = download.stream()) {
            return t.checkDownloaded(in.transferTo(OutputStream.nullOutputStream()));
        }
    }

    @Benchmark
    public long downloadRaw(Transfer t) throws IOException {
        return t.checkDownloaded(t.raw.download("message", "attachment"));
    }
}
