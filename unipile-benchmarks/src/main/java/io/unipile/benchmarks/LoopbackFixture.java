package io.unipile.benchmarks;

import io.unipile.UnipileClient;
import io.unipile.chats.Chat;
import io.unipile.files.FileInput;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * What the loopback benchmarks share: the fake Unipile in a child JVM ({@link FakeServerProcess}), one SDK client and
 * its raw counterpart ({@link RawCalls}) on the same transport, both shared by all benchmark threads as an
 * application shares them.
 *
 * <p>The SDK client is built as a user would build it: default retry policy (retries on; no faults are injected, so
 * none happens) and default circuit breaker, the transport named explicitly. Before every iteration the fake is
 * emptied and seeded again (one LinkedIn account, one chat), so that the messages sent in one iteration do not fill
 * its heap, and both clients fetch the chat once and must agree on it: a raw client that silently failed would
 * otherwise look very fast.
 */
@State(Scope.Benchmark)
public class LoopbackFixture {
    /** The text of every sent message. */
    static final String TEXT = "Hello from the benchmark";
    /** The size of the attachment of {@code sendFile...}: 1 MiB. */
    static final int ATTACHMENT_BYTES = 1024 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    /** The SDK transport, and which raw client is the baseline. */
    @Param({"jdk", "httpclient"})
    public String transport;

    FakeServerProcess server;
    UnipileClient client;
    RawCalls raw;
    String accountId;
    String chatId;
    /** The attachment's bytes, for the raw side. */
    byte[] attachmentBytes;
    /** The same bytes for the SDK: made once, as a repeatable {@link FileInput} may be reused for every send. */
    FileInput attachment;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = FakeServerProcess.start();
        client = UnipileClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey(server.apiKey())
                .transport(transport)
                .requestTimeout(REQUEST_TIMEOUT)
                .build();
        raw = RawCalls.forTransport(transport, server.baseUrl(), server.apiKey(), REQUEST_TIMEOUT);
        attachmentBytes = new byte[ATTACHMENT_BYTES];
        Arrays.fill(attachmentBytes, (byte) 'x');
        attachment = FileInput.of(attachmentBytes, "file.bin").withContentType("application/octet-stream");
    }

    @Setup(Level.Iteration)
    public void seed() throws IOException {
        FakeServerProcess.Seeded seeded = server.seed();
        accountId = seeded.accountId();
        chatId = seeded.chatId();
        Chat viaSdk = client.chats().get(chatId);
        Chat viaRaw = raw.getChat(chatId);
        if (!viaSdk.equals(viaRaw) || !viaSdk.id().equals(chatId)) {
            throw new IllegalStateException("the SDK and the raw client disagree on chat " + chatId + ": " + viaSdk
                    + " vs " + viaRaw);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (client != null) {
            client.close();
        }
        if (raw != null) {
            raw.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
