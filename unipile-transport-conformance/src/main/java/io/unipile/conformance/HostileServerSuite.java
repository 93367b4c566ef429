package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.errors.CircuitOpenException;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.errors.UnipileTimeoutException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileDownload;
import io.unipile.files.FileInput;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.SendMessageRequest;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a transport and the resilience layer promise against a server or a caller that misbehaves: bodies dripped
 * or endless, uploads that stall, interrupts, {@code close()} in the middle of calls, invalid status lines, and
 * failures that are the caller's or one account's rather than Unipile's. Every test runs against a
 * {@link HostileServer} on loopback, with timeouts of a few hundred milliseconds.
 */
@Timeout(60)
public abstract class HostileServerSuite {
    /** Far longer than any test waits: a call still running at this point was not ended by what the test did. */
    private static final Duration LONG = Duration.ofSeconds(30);
    private static final String ACCOUNT = resource("account.json");
    private static final String SENT = resource("message-sent.json");

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<UnipileEvent> events = new CopyOnWriteArrayList<>();

    /** The transport under test. */
    protected abstract UnipileTransportProvider transportProvider();

    /**
     * Whether the transport sees a status line's code in full. The JDK's HTTP/1.1 parser reads the first three
     * digits only, so {@code HTTP/1.1 2000} reaches it as 200 and no API shows the rest.
     */
    protected boolean seesWholeStatusCode() {
        return true;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private HostileServer serve(HostileServer.Handler handler) throws IOException {
        return track(HostileServer.start(handler));
    }

    private <T extends AutoCloseable> T track(T closeable) {
        open.add(0, closeable); // clients close before their servers
        return closeable;
    }

    private UnipileClient.Builder builder(HostileServer server) {
        return UnipileClient.builder().baseUrl(server.baseUrl()).apiKey("key").transport(transportProvider())
                .disableRetries().disableCircuitBreaker().eventListener(events::add)
                .requestTimeout(LONG);
    }

    private UnipileClient client(UnipileClient.Builder builder) {
        return track(builder.build());
    }

    private static String resource(String name) {
        try (InputStream in = HostileServerSuite.class.getResourceAsStream("/conformance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + name, e);
        }
    }

    /** A handler that never answers: it holds the connection until the server closes. */
    private static HostileServer.Handler silent() {
        return (request, connection) -> new CountDownLatch(1).await();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static SendMessageRequest withFile(FileInput file) {
        return SendMessageRequest.builder().text("hi").addAttachment(file).build();
    }

    /** A stream of {@code length} declared bytes that blocks on its first read until interrupted or closed. */
    private static final class StalledStream extends InputStream {
        private final CountDownLatch released = new CountDownLatch(1);

        @Override
        public int read() throws IOException {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("stalled stream interrupted");
            }
            throw new IOException("stalled stream closed");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : read();
        }

        @Override
        public void close() {
            released.countDown();
        }
    }

    // ---- close() in the middle of calls ----

    @Test
    void closeEndsEveryCallInFlightPromptlyAndSaysTheRequestsMayHaveArrived() throws Exception {
        HostileServer server = serve(silent());
        // With retries: an attempt after close() never left, but the call as a whole may have reached the server.
        UnipileClient client = client(builder(server)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(1))));
        List<CompletableFuture<?>> calls = new ArrayList<>();
        // Threads of their own for the blocking calls: on Java 21+ runAsync's default is the common pool, which has
        // as few as two threads on a two-core machine and would hold the other calls back.
        ExecutorService blocking = Executors.newCachedThreadPool();
        track(blocking::shutdownNow);
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.runAsync(() -> client.accounts().get("acc"), blocking));
            calls.add(CompletableFuture.runAsync(() -> client.chats().sendMessage("chat", SendMessageRequest.ofText("x")),
                    blocking));
            calls.add(client.accounts().getAsync("acc"));
            calls.add(client.chats().sendMessageAsync("chat", SendMessageRequest.ofText("x")));
        }
        server.awaitHeads(calls.size(), Duration.ofSeconds(10));

        long start = System.nanoTime();
        client.close();
        for (CompletableFuture<?> call : calls) {
            Throwable failure = catchThrowableOfType(ExecutionException.class,
                    () -> call.get(5, TimeUnit.SECONDS)).getCause();
            assertThat(failure).isInstanceOf(UnipileTransportException.class);
            // The server got every one of them: none may be reported as surely not sent.
            assertThat(((UnipileTransportException) failure).mayHaveReachedServer()).as(failure.getMessage()).isTrue();
        }
        Duration took = since(start);
        System.out.println(getClass().getSimpleName() + ": 8 calls in flight ended " + took.toMillis()
                + " ms after close()");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void closeEndsABodyBeingRead() throws Exception {
        HostileServer server = serve((request, connection) -> {
            connection.write(HostileServer.Connection.head(200, "application/octet-stream", 1_000_000));
            connection.write(new byte[100]);
            new CountDownLatch(1).await();
        });
        UnipileClient client = client(builder(server));
        FileDownload download = client.messages().downloadAttachment("m", "a");
        CompletableFuture<Long> reading = CompletableFuture.supplyAsync(
                () -> download.transferTo(OutputStream.nullOutputStream()));
        server.awaitHeads(1, Duration.ofSeconds(5));

        long start = System.nanoTime();
        client.close();
        Throwable failure = catchThrowableOfType(ExecutionException.class, () -> reading.get(5, TimeUnit.SECONDS));

        assertThat(failure.getCause()).isInstanceOf(UnipileTransportException.class);
        assertThat(since(start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void closedClientsReleaseTheirThreadsAndSockets() throws Exception {
        HostileServer server = serve((request, connection) -> connection.respond(200, "application/json", ACCOUNT));
        // Closed but still referenced, as by a framework that keeps its beans: closing alone must let go.
        List<UnipileClient> kept = new ArrayList<>();
        Runnable oneClient = () -> {
            try (UnipileClient c = builder(server).build()) {
                kept.add(c);
                c.accounts().get("acc");
            }
        };
        oneClient.run(); // classes loaded, shared pools started
        int threadsBefore = threads();
        long fdsBefore = openFiles();

        for (int i = 0; i < 40; i++) {
            oneClient.run();
        }

        int threadsAfter = threads();
        long fdsAfter = openFiles();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((threadsAfter > threadsBefore + 2 || fdsAfter > fdsBefore + 4) && System.nanoTime() < deadline) {
            System.gc(); // on Java 17 the JDK client's selector thread ends only once the client is collected
            Thread.sleep(100);
            threadsAfter = threads();
            fdsAfter = openFiles();
        }
        System.out.println(getClass().getSimpleName() + ": 40 clients created and closed: threads " + threadsBefore
                + " -> " + threadsAfter + ", open files " + fdsBefore + " -> " + fdsAfter);
        assertThat(kept).hasSize(41);
        assertThat(threadsAfter).isLessThanOrEqualTo(threadsBefore + 2);
        if (fdsBefore >= 0) {
            assertThat(fdsAfter).isLessThanOrEqualTo(fdsBefore + 4);
        }
    }

    private static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Open file descriptors of this process, or -1 where {@code /proc/self/fd} does not exist. */
    private static long openFiles() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> list = Files.list(fds)) {
            return list.count();
        }
    }

    // ---- deadlines over bodies ----

    /** Valid JSON of about 2 KiB, one byte every 20 ms: never silent, but it would take 40 s. */
    private static HostileServer.Handler dripping() {
        byte[] json = ("{\"object\":\"Account\",\"id\":\"acc\",\"name\":\"" + "x".repeat(2000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        return (request, connection) -> {
            connection.write(HostileServer.Connection.head(200, "application/json", json.length));
            connection.drip(json, Duration.ofMillis(20));
        };
    }

    @Test
    void aDripFedBodyIsEndedByTheRequestTimeout() throws Exception {
        UnipileClient client = client(builder(serve(dripping())).requestTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();

        UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                () -> client.accounts().get("acc"));

        assertThat(e).hasMessageContaining("request timeout");
        assertThat(since(start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aDripFedBodyIsEndedByTheOverallTimeoutOnBothPaths() throws Exception {
        UnipileClient client = client(builder(serve(dripping())).overallTimeout(Duration.ofMillis(600)));
        long start = System.nanoTime();

        UnipileTimeoutException blocking = catchThrowableOfType(UnipileTimeoutException.class,
                () -> client.accounts().get("acc"));
        Throwable async = catchThrowable(() -> client.accounts().getAsync("acc").get(10, TimeUnit.SECONDS));

        assertThat(blocking).hasMessageContaining("overall timeout");
        assertThat(async).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(UnipileTimeoutException.class).hasMessageContaining("overall timeout");
        assertThat(since(start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aPerCallTimeoutBoundsTheBodyToo() throws Exception {
        UnipileClient client = client(builder(serve(dripping())));
        long start = System.nanoTime();

        UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                () -> client.withOptions(io.unipile.RequestOptions.builder().timeout(Duration.ofMillis(500)).build())
                        .accounts().get("acc"));

        assertThat(e).hasMessageContaining("overall timeout");
        assertThat(since(start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anEndlessBodyIsEndedByTheOverallTimeout() throws Exception {
        HostileServer server = serve((request, connection) -> {
            connection.write(HostileServer.Connection.head(200, "application/json", -1));
            connection.write("1\r\n[\r\n");
            while (true) {
                connection.write("2\r\n0,\r\n");
                Thread.sleep(5);
            }
        });
        UnipileClient client = client(builder(server).overallTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();

        UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                () -> client.raw().call(io.unipile.raw.RawRequest.get("/accounts").build()));

        assertThat(e).hasMessageContaining("overall timeout");
        assertThat(since(start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aDownloadIsBoundedBySilenceAndTheOverallDeadlineNotByTheRequestTimeout() throws Exception {
        byte[] file = new byte[40];
        HostileServer server = serve((request, connection) -> {
            connection.write(HostileServer.Connection.head(200, "application/octet-stream", file.length));
            connection.drip(file, Duration.ofMillis(25)); // 1 s in all, never silent for 300 ms
        });
        UnipileClient patient = client(builder(server).requestTimeout(Duration.ofMillis(300)));
        try (FileDownload d = patient.messages().downloadAttachment("m", "a")) {
            assertThat(d.transferTo(OutputStream.nullOutputStream())).isEqualTo(file.length);
        }

        UnipileClient hurried = client(builder(server).requestTimeout(Duration.ofMillis(300))
                .overallTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();
        try (FileDownload d = hurried.messages().downloadAttachment("m", "a")) {
            UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                    () -> d.transferTo(OutputStream.nullOutputStream()));
            assertThat(e).hasMessageContaining("overall timeout");
        }
        assertThat(since(start)).isLessThan(Duration.ofSeconds(2));
    }

    // ---- uploads ----



    // ---- interrupts ----




    @Test
    void aStalledUploadIsBoundedByTheRequestTimeoutOnBothPaths() throws Exception {
        UnipileClient client = client(builder(serve((request, connection) ->
                connection.respond(201, "application/json", SENT))).requestTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();

        Throwable blocking = catchThrowable(() -> client.chats().sendMessage("chat",
                withFile(FileInput.of(new StalledStream(), 100, "a.bin"))));
        Throwable async = catchThrowable(() -> client.chats().sendMessageAsync("chat",
                withFile(FileInput.of(new StalledStream(), 100, "a.bin"))).get(10, TimeUnit.SECONDS));

        assertThat(blocking).isInstanceOf(UnipileTransportException.class);
        assertThat(((UnipileTransportException) blocking).mayHaveReachedServer()).isTrue();
        assertThat(async).isInstanceOf(ExecutionException.class).cause().isInstanceOf(UnipileTransportException.class);
        assertThat(since(start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aStalledAsyncUploadNeverHoldsOtherAsyncCalls() throws Exception {
        UnipileClient client = client(builder(serve((request, connection) -> {
            if (request.method().equals("POST")) {
                connection.respond(201, "application/json", SENT);
            } else {
                connection.respond(200, "application/json", ACCOUNT);
            }
        })).requestTimeout(Duration.ofSeconds(20)).maxConnections(32));
        StalledStream stalled = new StalledStream();
        CompletableFuture<?> upload = client.chats().sendMessageAsync("chat",
                withFile(FileInput.of(stalled, 100, "a.bin")));
        try {
            List<CompletableFuture<?>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(client.accounts().getAsync("acc" + i));
            }
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).get(3, TimeUnit.SECONDS);
            assertThat(upload).isNotDone();
        } finally {
            stalled.close();
        }
    }

    @Test
    void anInterruptEndsACallWaitingForItsResponseAtOnce() throws Exception {
        HostileServer server = serve(silent());
        assertInterruptEnds(server, c -> c.accounts().get("acc"), () -> server.awaitHeads(1, Duration.ofSeconds(5)));
    }

    @Test
    void anInterruptEndsACallReadingABodyAtOnce() throws Exception {
        HostileServer server = serve(dripping());
        assertInterruptEnds(server, c -> c.accounts().get("acc"), () -> {
            server.awaitHeads(1, Duration.ofSeconds(5));
            Thread.sleep(100); // the head has been answered: the caller is reading the dripped body
            return null;
        });
    }

    @Test
    void anInterruptEndsAStalledUploadAtOnce() throws Exception {
        HostileServer server = serve((request, connection) -> connection.respond(201, "application/json", SENT));
        StalledStream stalled = new StalledStream();
        try {
            assertInterruptEnds(server, c -> c.chats().sendMessage("chat", withFile(FileInput.of(stalled, 100, "a"))),
                    () -> {
                        Thread.sleep(200); // no head arrives before the body: there is nothing to wait for
                        return null;
                    });
        } finally {
            stalled.close();
        }
    }

    private interface Ready {
        Object await() throws Exception;
    }

    private void assertInterruptEnds(HostileServer server, java.util.function.Consumer<UnipileClient> call, Ready ready)
            throws Exception {
        UnipileClient client = client(builder(server));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> flagKept = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                call.accept(client);
            } catch (Throwable t) {
                failure.set(t);
            }
            flagKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        ready.await();

        long start = System.nanoTime();
        caller.interrupt();
        caller.join(Duration.ofSeconds(5).toMillis());

        assertThat(caller.isAlive()).as("the caller still blocked 5 s after its interrupt").isFalse();
        assertThat(since(start)).isLessThan(Duration.ofSeconds(1));
        assertThat(failure.get()).isInstanceOf(UnipileTransportException.class);
        assertThat(flagKept.get()).as("the interrupt flag survives").isTrue();
    }

    // ---- the circuit breaker judges the service, not the caller or one account ----

    private UnipileClient.Builder withBreaker(HostileServer server) {
        return builder(server).circuitBreakerPolicy(new CircuitBreakerPolicy(true, 50f, 10, 5,
                Duration.ofSeconds(30), 1));
    }

    private List<String> circuitChanges() {
        return events.stream().filter(e -> e instanceof UnipileEvent.CircuitStateChanged)
                .map(e -> ((UnipileEvent.CircuitStateChanged) e).toState()).toList();
    }

    @Test
    void theCallersOwnFailingUploadsNeverOpenTheCircuit() throws Exception {
        HostileServer server = serve((request, connection) -> {
            if (request.method().equals("POST")) {
                connection.respond(201, "application/json", SENT);
            } else {
                connection.respond(200, "application/json", ACCOUNT);
            }
        });
        UnipileClient client = client(withBreaker(server));
        List<Supplier<InputStream>> lying = List.of(
                () -> new InputStream() { // throws
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk on fire");
                    }
                },
                () -> new java.io.ByteArrayInputStream(new byte[10])); // shorter than the 100 bytes it declares
        for (int i = 0; i < 10; i++) {
            InputStream in = lying.get(i % 2).get();
            UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                    () -> client.chats().sendMessage("chat", withFile(FileInput.of(in, 100, "a.bin"))));
            assertThat(e).isNotInstanceOf(CircuitOpenException.class).hasMessageContaining("request body");
        }

        assertThat(client.accounts().get("acc").id()).isNotNull();
        assertThat(circuitChanges()).isEmpty();
    }

    @Test
    void oneThrottledOrFailingAccountNeverStopsTheOthers() throws Exception {
        HostileServer server = serve((request, connection) -> {
            if (request.target().contains("throttled")) {
                String body = "{\"status\":429,\"type\":\"errors/too_many_requests\"}";
                connection.write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Type: application/json"
                        + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            } else if (request.target().contains("broken")) {
                String body = "{\"status\":500,\"type\":\"errors/provider_error\",\"title\":\"provider failed\"}";
                connection.respond(500, "application/json", body);
            } else {
                connection.respond(200, "application/json", ACCOUNT);
            }
        });
        UnipileClient client = client(withBreaker(server)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(1))));

        for (int i = 0; i < 20; i++) {
            assertThat(catchThrowable(() -> client.accounts().get("throttled"))).isInstanceOf(RateLimitException.class);
            ServerException broken = catchThrowableOfType(ServerException.class, () -> client.accounts().get("broken"));
            // The body read to judge the error still reaches the caller whole.
            assertThat(broken.details().type()).isEqualTo("errors/provider_error");
            assertThat(client.accounts().get("healthy").id()).isNotNull();
        }
        assertThat(circuitChanges()).isEmpty();
    }

    @Test
    void unipileItselfBeingUnwellStillOpensTheCircuit() throws Exception {
        HostileServer server = serve((request, connection) -> connection.respond(503, "text/html",
                "<html>upstream unavailable</html>"));
        UnipileClient client = client(withBreaker(server));
        for (int i = 0; i < 5; i++) {
            ServerException e = catchThrowableOfType(ServerException.class, () -> client.accounts().get("acc"));
            assertThat(e.getMessage()).contains("503");
        }

        assertThat(catchThrowable(() -> client.accounts().get("acc"))).isInstanceOf(CircuitOpenException.class);
        assertThat(circuitChanges()).containsExactly("OPEN");
    }

    // ---- status lines ----

    @Test
    void anOutOfRangeStatusIsAFormatErrorNeverSuccess() throws Exception {
        for (String status : List.of("600", "999")) {
            assertFormatError(status);
        }
    }

    @Test
    void aFourDigitStatusIsNeverSuccess() throws Exception {
        assumeTrue(seesWholeStatusCode(), "this transport's HTTP parser reads three digits only");
        HostileServer server = serve((request, connection) -> connection.write("HTTP/1.1 2000 OK\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + ACCOUNT.length() + "\r\n\r\n" + ACCOUNT));
        UnipileClient client = client(builder(server));

        Throwable e = catchThrowable(() -> client.accounts().get("acc"));

        // Apache HttpClient refuses the line itself: no status to report, but no success either.
        assertThat(e).isInstanceOfAny(UnipileResponseFormatException.class, UnipileTransportException.class);
    }

    private void assertFormatError(String status) throws Exception {
        HostileServer server = serve((request, connection) -> connection.write("HTTP/1.1 " + status
                + " OK\r\nContent-Type: application/json\r\nContent-Length: " + ACCOUNT.length() + "\r\n\r\n"
                + ACCOUNT));
        UnipileClient client = client(builder(server));

        UnipileResponseFormatException e = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().get("acc"));

        assertThat(e.statusCode()).isEqualTo(Integer.parseInt(status));
        assertThat(e.bodyExcerpt()).startsWith("{");
    }
}
