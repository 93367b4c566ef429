package io.unipile.transport.httpclient;

import io.unipile.http.HttpMethod;
import io.unipile.http.RequestBody;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.testkit.FakeUnipileServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What is specific to the Apache HttpClient transport, over real loopback HTTP. */
@Timeout(60)
class HttpClientTransportTest {
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    private HttpClientTransport transport(Consumer<TransportConfig.Builder> settings) {
        TransportConfig.Builder b = TransportConfig.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(10));
        settings.accept(b);
        return track(new HttpClientTransport(b.build()));
    }

    private LoopbackServer server(LoopbackServer.Handler handler) throws IOException {
        return track(new LoopbackServer(handler));
    }

    /** A server that answers "late" only once {@code release} is counted down. */
    private LoopbackServer heldUntil(CountDownLatch release) throws IOException {
        return server(x -> {
            release.await(20, TimeUnit.SECONDS);
            LoopbackServer.text(x, 200, "late");
        });
    }

    private static TransportRequest get(URI uri) {
        return new TransportRequest(HttpMethod.GET, uri, Map.of("Accept", List.of("application/json")), null);
    }

    private static TransportRequest post(URI uri, RequestBody body) {
        return new TransportRequest(HttpMethod.POST, uri, Map.of("Content-Type", List.of(body.contentType())), body);
    }

    private static String text(TransportResponse response) throws IOException {
        return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A body of {@code size} pattern bytes made on the fly, announcing {@code declared} as its length. */
    private static RequestBody patternBody(long size, long declared) {
        return new RequestBody() {
            @Override
            public String contentType() {
                return "application/octet-stream";
            }

            @Override
            public long contentLength() {
                return declared;
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    private long pos;

                    @Override
                    public int read() {
                        return pos < size ? (int) (pos++ % 251) : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (pos >= size) {
                            return -1;
                        }
                        int n = (int) Math.min(len, size - pos);
                        for (int i = 0; i < n; i++) {
                            b[off + i] = (byte) ((pos + i) % 251);
                        }
                        pos += n;
                        return n;
                    }
                };
            }

            @Override
            public boolean isRepeatable() {
                return true;
            }
        };
    }

    /** Reads a pattern body to its end, checking every byte; returns the count. */
    private static long readPattern(InputStream in) throws IOException {
        byte[] buf = new byte[16 * 1024];
        long pos = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            for (int i = 0; i < n; i++) {
                if (buf[i] != (byte) ((pos + i) % 251)) {
                    throw new AssertionError("wrong byte at " + (pos + i));
                }
            }
            pos += n;
        }
        return pos;
    }

    private static List<Thread> threadsOf(HttpClientTransport t) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().startsWith(t.threadPrefix()))
                .collect(Collectors.toList());
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    // ---- discovery ----

    @Test
    void theProviderIsFoundByServiceLoaderAndOutranksTheJdkTransport() {
        List<UnipileTransportProvider> found = ServiceLoader.load(UnipileTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());

        assertThat(found).anySatisfy(p -> {
            assertThat(p).isInstanceOf(HttpClientTransportProvider.class);
            assertThat(p.name()).isEqualTo("httpclient");
            assertThat(p.priority()).isEqualTo(20).isGreaterThan(10);
        });
        try (var t = new HttpClientTransportProvider().create(TransportConfig.builder().build())) {
            assertThat(t).as("plain: the client wraps whichever transport it uses in the resilience layer")
                    .isInstanceOf(HttpClientTransport.class);
        }
    }

    // ---- pooling ----

    @Test
    void sequentialCallsOnEitherPathReuseOneConnection() throws Exception {
        LoopbackServer server = server(x -> LoopbackServer.text(x, 200, "{\"ok\":true}"));
        HttpClientTransport t = transport(b -> { });

        for (int i = 0; i < 5; i++) {
            try (TransportResponse r = t.execute(get(server.uri("/classic")))) {
                assertThat(text(r)).isEqualTo("{\"ok\":true}");
            }
        }
        for (int i = 0; i < 5; i++) {
            try (TransportResponse r = t.executeAsync(get(server.uri("/async"))).get(5, TimeUnit.SECONDS)) {
                assertThat(text(r)).isEqualTo("{\"ok\":true}");
            }
        }

        List<Integer> ports = server.clientPorts();
        assertThat(ports).hasSize(10);
        assertThat(ports.subList(0, 5)).as("classic client ports").containsOnly(ports.get(0));
        assertThat(ports.subList(5, 10)).as("async client ports").containsOnly(ports.get(5));
        assertThat(t.classicPoolStats().getAvailable()).isEqualTo(1);
        assertThat(t.classicPoolStats().getLeased()).isZero();
    }

    @Test
    void aShortUnreadRemainderIsDrainedSoTheConnectionIsReused() throws Exception {
        String body = "{\"items\":[" + "1,".repeat(500) + "1]}   \n";
        LoopbackServer server = server(x -> LoopbackServer.text(x, 200, body));
        HttpClientTransport t = transport(b -> { });

        for (int i = 0; i < 3; i++) {
            try (TransportResponse r = t.execute(get(server.uri("/json")))) {
                assertThat(r.body().readNBytes(10)).hasSize(10); // a parser that stops short of EOF
            }
        }

        assertThat(server.clientPorts()).hasSize(3).containsOnly(server.clientPorts().get(0));
    }

    @Test
    void closingALargeUnreadBodyDiscardsTheConnectionInsteadOfReadingIt() throws Exception {
        long size = 512L << 20;
        LoopbackServer server = server(x -> {
            if (x.getRequestURI().getPath().equals("/big")) {
                try {
                    LoopbackServer.pattern(x, size);
                } catch (IOException expected) {
                    // the client hung up, which is the point
                }
            } else {
                LoopbackServer.text(x, 200, "small");
            }
        });
        HttpClientTransport t = transport(b -> { });

        long start = System.nanoTime();
        try (TransportResponse r = t.execute(get(server.uri("/big")))) {
            assertThat(r.body().readNBytes(1024)).hasSize(1024);
        }
        try (TransportResponse r = t.executeAsync(get(server.uri("/big"))).get(5, TimeUnit.SECONDS)) {
            assertThat(r.body().readNBytes(1024)).hasSize(1024);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(millis).as("closing must not read 512 MiB").isLessThan(3000);
        assertThat(t.classicPoolStats().getLeased()).isZero();
        assertThat(t.classicPoolStats().getAvailable()).as("the classic connection was discarded").isZero();
        awaitTrue("the async connection to be released", () -> t.asyncPoolStats().getLeased() == 0);
        try (TransportResponse r = t.execute(get(server.uri("/small")))) {
            assertThat(text(r)).isEqualTo("small");
        }
        try (TransportResponse r = t.executeAsync(get(server.uri("/small"))).get(5, TimeUnit.SECONDS)) {
            assertThat(text(r)).isEqualTo("small");
        }
        List<Integer> ports = server.clientPorts();
        assertThat(ports.get(2)).as("fresh classic connection").isNotEqualTo(ports.get(0));
        assertThat(ports.get(3)).as("fresh async connection").isNotEqualTo(ports.get(1));
    }

    @Test
    void poolExhaustionIsReportedAsNotSentOnBothPaths() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoopbackServer server = server(x -> {
            if (x.getRequestURI().getPath().equals("/hold")) {
                release.await(20, TimeUnit.SECONDS);
            }
            LoopbackServer.text(x, 200, "ok");
        });
        HttpClientTransport t = transport(b -> b.maxConnections(1).maxConnectionsPerRoute(1)
                .connectTimeout(Duration.ofMillis(300)));
        try {
            // The classic pool's only connection stays leased while its response is open.
            TransportResponse held = t.execute(get(server.uri("/open")));
            // The async pool's only connection is busy with a request the server holds.
            CompletableFuture<TransportResponse> busy = t.executeAsync(get(server.uri("/hold")));
            awaitTrue("the held request to arrive", () -> server.clientPorts().size() == 2);

            long start = System.nanoTime();
            Throwable classic = catchThrowable(() -> t.execute(get(server.uri("/next"))));
            Throwable async = catchThrowable(() -> t.executeAsync(get(server.uri("/next"))).get(5, TimeUnit.SECONDS));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(classic).isInstanceOf(TransportTimeoutException.class)
                    .hasMessageContaining("no pooled connection");
            assertThat(((TransportIOException) classic).requestSent()).isFalse();
            assertThat(async).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportIOException) async.getCause()).requestSent()).isFalse();
            assertThat(millis).isLessThan(4000);
            assertThat(server.clientPorts()).as("nothing reached the server").hasSize(2);

            held.close();
            release.countDown();
            busy.get(5, TimeUnit.SECONDS).close();
        } finally {
            release.countDown();
        }
    }

    @Test
    void anInterruptedCallerFailsAndKeepsItsInterruptFlag() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoopbackServer server = server(x -> {
            if (x.getRequestURI().getPath().equals("/stall")) {
                x.sendResponseHeaders(200, 100);
                x.getResponseBody().write(new byte[10]);
                x.getResponseBody().flush();
                release.await(20, TimeUnit.SECONDS); // the other 90 bytes never come
            } else {
                LoopbackServer.text(x, 200, "ok");
            }
        });
        HttpClientTransport t = transport(b -> b.maxConnections(1).maxConnectionsPerRoute(1)
                .connectTimeout(Duration.ofSeconds(20)));
        try (TransportResponse held = t.execute(get(server.uri("/open")));
             TransportResponse stalled = t.executeAsync(get(server.uri("/stall"))).get(5, TimeUnit.SECONDS)) {
            // One caller waits for the classic pool's only connection, another for the rest of an async body.
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<Boolean> flags = new CopyOnWriteArrayList<>();
            List<Runnable> blocked = List.of(
                    () -> {
                        try {
                            t.execute(get(server.uri("/next"))).close();
                        } catch (IOException e) {
                            failures.add(e);
                            flags.add(Thread.currentThread().isInterrupted());
                        }
                    },
                    () -> {
                        try {
                            stalled.body().readAllBytes();
                        } catch (IOException e) {
                            failures.add(e);
                            flags.add(Thread.currentThread().isInterrupted());
                        }
                    });
            List<Thread> callers = new ArrayList<>();
            for (Runnable r : blocked) {
                Thread caller = new Thread(r, "blocked-caller");
                caller.start();
                callers.add(caller);
            }
            Thread.sleep(300);
            for (Thread caller : callers) {
                caller.interrupt();
                caller.join(5000);
                assertThat(caller.isAlive()).isFalse();
            }

            assertThat(failures).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(TransportIOException.class));
            assertThat(flags).containsExactly(true, true);
            assertThat(failures).anySatisfy(e -> assertThat(((TransportIOException) e).requestSent()).isFalse());
            assertThat(held.statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
        }
    }

    // ---- async path ----

    @Test
    void fiftyConcurrentAsyncCallsWaitWithoutAThreadEach() throws Exception {
        int calls = 50;
        CountDownLatch arrived = new CountDownLatch(calls);
        CountDownLatch release = new CountDownLatch(1);
        LoopbackServer server = server(x -> {
            arrived.countDown();
            release.await(20, TimeUnit.SECONDS);
            Thread.sleep(200);
            LoopbackServer.text(x, 200, "pong");
        });
        HttpClientTransport t = transport(b -> { });
        try {
            long start = System.nanoTime();
            List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(t.executeAsync(get(server.uri("/ping/" + i))));
            }
            long submitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(arrived.await(10, TimeUnit.SECONDS)).as("all calls in flight at once").isTrue();

            // All 50 wait at the server now: the transport holds no thread for any of them.
            List<String> waiting = threadsOf(t).stream().map(Thread::getName).sorted().collect(Collectors.toList());
            assertThat(futures).noneMatch(CompletableFuture::isDone);
            assertThat(submitMillis).as("executeAsync does not block").isLessThan(2000);
            assertThat(waiting).as("threads while 50 calls wait: %s", waiting).hasSizeLessThanOrEqualTo(4)
                    .noneMatch(n -> n.contains("-callback-"));

            release.countDown();
            for (CompletableFuture<TransportResponse> f : futures) {
                try (TransportResponse r = f.get(10, TimeUnit.SECONDS)) {
                    assertThat(text(r)).isEqualTo("pong");
                }
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(millis).as("the 200 ms server delays overlap").isLessThan(calls * 200 / 4);
            awaitTrue("every connection back in the pool", () -> t.asyncPoolStats().getAvailable() == calls);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBodyLargerThanAnyBufferStreamsThroughTheAsyncPathInBoundedMemory() throws Exception {
        long size = 64L << 20;
        LoopbackServer server = server(x -> LoopbackServer.pattern(x, size));
        HttpClientTransport t = transport(b -> { });

        try (TransportResponse r = t.executeAsync(get(server.uri("/download"))).get(5, TimeUnit.SECONDS)) {
            Thread.sleep(300); // let the server push as much as the connection lets it
            int peakBeforeReading = AsyncCall.peakBuffered(r);
            assertThat(r.header("Content-Length")).contains(Long.toString(size));

            assertThat(readPattern(r.body())).isEqualTo(size);

            // One buffer plus the chunk httpcore may push past an exhausted window, however big the body.
            int bound = 2 * AsyncCall.BUFFER_SIZE;
            assertThat(peakBeforeReading).as("held before the first read").isLessThanOrEqualTo(bound);
            assertThat(AsyncCall.peakBuffered(r)).as("held at most, over 64 MiB").isPositive()
                    .isLessThanOrEqualTo(bound);
        }
        awaitTrue("the connection to return to the pool", () -> t.asyncPoolStats().getAvailable() == 1);
    }

    @Test
    void uploadsStreamWithTheExactLengthOrChunkedOnBothPaths() throws Exception {
        long size = 48L << 20;
        List<String> seen = new CopyOnWriteArrayList<>();
        LoopbackServer server = server(x -> {
            long n = readPattern(x.getRequestBody());
            seen.add(x.getRequestHeaders().getFirst("Content-Length") + "/"
                    + x.getRequestHeaders().getFirst("Transfer-Encoding") + "/" + n);
            LoopbackServer.text(x, 201, "stored");
        });
        HttpClientTransport t = transport(b -> { });

        try (TransportResponse r = t.execute(post(server.uri("/up"), patternBody(size, size)))) {
            assertThat(r.statusCode()).isEqualTo(201);
        }
        try (TransportResponse r = t.execute(post(server.uri("/up"), patternBody(size, -1)))) {
            assertThat(r.statusCode()).isEqualTo(201);
        }
        try (TransportResponse r = t.executeAsync(post(server.uri("/up"), patternBody(size, size)))
                .get(30, TimeUnit.SECONDS)) {
            assertThat(r.statusCode()).isEqualTo(201);
        }
        try (TransportResponse r = t.executeAsync(post(server.uri("/up"), patternBody(size, -1)))
                .get(30, TimeUnit.SECONDS)) {
            assertThat(r.statusCode()).isEqualTo(201);
        }

        assertThat(seen).containsExactly(size + "/null/" + size, "null/chunked/" + size,
                size + "/null/" + size, "null/chunked/" + size);
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthFailsAsSent() throws Exception {
        LoopbackServer server = server(x -> LoopbackServer.text(x, 200, "ok"));
        HttpClientTransport t = transport(b -> { });

        Throwable classic = catchThrowable(() -> t.execute(post(server.uri("/short"), patternBody(50, 100))));
        Throwable async = catchThrowable(() -> t.executeAsync(post(server.uri("/short"), patternBody(50, 100)))
                .get(5, TimeUnit.SECONDS));

        assertThat(classic).isInstanceOf(TransportIOException.class).hasMessageContaining("50 of its declared 100");
        assertThat(((TransportIOException) classic).requestSent()).isTrue();
        assertThat(async.getCause()).isInstanceOf(TransportIOException.class)
                .hasMessageContaining("50 of its declared 100");
        assertThat(((TransportIOException) async.getCause()).requestSent()).isTrue();
        try (TransportResponse r = t.execute(get(server.uri("/after")))) {
            assertThat(text(r)).isEqualTo("ok");
        }
    }

    @Test
    void cancellingTheAsyncFutureFreesTheConnection() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoopbackServer server = heldUntil(release);
        HttpClientTransport t = transport(b -> { });
        try {
            CompletableFuture<TransportResponse> f = t.executeAsync(get(server.uri("/slow")));
            awaitTrue("the request to arrive", () -> server.clientPorts().size() == 1);

            f.cancel(true);

            awaitTrue("the connection to be freed", () -> t.asyncPoolStats().getLeased() == 0);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRefusedConnectionIsNotSentOnTheAsyncPathToo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpClientTransport t = transport(b -> { });

        Throwable e = catchThrowable(() -> t.executeAsync(get(URI.create("http://127.0.0.1:" + port + "/x")))
                .get(5, TimeUnit.SECONDS));

        assertThat(e.getCause()).isInstanceOf(TransportIOException.class).hasMessageContaining("connection failed");
        assertThat(((TransportIOException) e.getCause()).requestSent()).isFalse();
    }

    // ---- timeouts ----

    /** A raw server that accepts connections and hands each socket to {@code behaviour} on its own thread. */
    private ServerSocket rawServer(SocketBehaviour behaviour) throws IOException {
        ServerSocket ss = track(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        track(() -> {
            for (Socket s : accepted) {
                s.close();
            }
        });
        Thread acceptor = new Thread(() -> {
            while (!ss.isClosed()) {
                try {
                    Socket s = ss.accept();
                    accepted.add(s);
                    Thread worker = new Thread(() -> {
                        try {
                            behaviour.run(s);
                        } catch (Exception ignored) {
                            // the client went away
                        }
                    }, "raw-server-worker");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return ss;
    }

    private interface SocketBehaviour {
        void run(Socket socket) throws Exception;
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Test
    void theRequestTimeoutIsADeadlineForTheHeadNotAnInactivityTimeout() throws Exception {
        // Bytes of the status line trickle in every 50 ms: a socket inactivity timeout of 500 ms never fires.
        ServerSocket ss = rawServer(s -> {
            readRequestHead(s.getInputStream());
            OutputStream out = s.getOutputStream();
            for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(50);
            }
            for (int i = 0; i < 200; i++) {
                out.write('a');
                out.flush();
                Thread.sleep(50);
            }
        });
        HttpClientTransport t = transport(b -> b.requestTimeout(Duration.ofMillis(500)));
        URI uri = URI.create("http://127.0.0.1:" + ss.getLocalPort() + "/trickle");

        long start = System.nanoTime();
        Throwable classic = catchThrowable(() -> t.execute(get(uri)));
        long classicMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        start = System.nanoTime();
        Throwable async = catchThrowable(() -> t.executeAsync(get(uri)).get(10, TimeUnit.SECONDS));
        long asyncMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(classic).isInstanceOf(TransportTimeoutException.class).hasMessageContaining("500 ms");
        assertThat(((TransportIOException) classic).requestSent()).isTrue();
        assertThat(async.getCause()).isInstanceOf(TransportTimeoutException.class).hasMessageContaining("500 ms");
        assertThat(((TransportIOException) async.getCause()).requestSent()).isTrue();
        assertThat(classicMillis).isBetween(450L, 2500L);
        assertThat(asyncMillis).isBetween(450L, 2500L);
        assertThat(t.classicPoolStats().getLeased()).isZero();
        awaitTrue("the async connection to be discarded", () -> t.asyncPoolStats().getLeased() == 0);
    }

    @Test
    void anUploadTheServerNeverReadsIsCutByTheDeadline() throws Exception {
        AtomicLong connections = new AtomicLong();
        ServerSocket ss = rawServer(s -> {
            connections.incrementAndGet();
            s.setReceiveBufferSize(64 * 1024);
            Thread.sleep(30_000); // never reads: the client's writes block once the socket buffers are full
        });
        HttpClientTransport t = transport(b -> b.requestTimeout(Duration.ofMillis(700)));
        URI uri = URI.create("http://127.0.0.1:" + ss.getLocalPort() + "/upload");
        long size = 256L << 20;

        long start = System.nanoTime();
        Throwable classic = catchThrowable(() -> t.execute(post(uri, patternBody(size, size))));
        Throwable async = catchThrowable(() -> t.executeAsync(post(uri, patternBody(size, size)))
                .get(10, TimeUnit.SECONDS));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(classic).isInstanceOf(TransportTimeoutException.class);
        assertThat(((TransportIOException) classic).requestSent()).isTrue();
        assertThat(async.getCause()).isInstanceOf(TransportTimeoutException.class);
        assertThat(((TransportIOException) async.getCause()).requestSent()).isTrue();
        assertThat(millis).isLessThan(5000);
        assertThat(connections.get()).isEqualTo(2);
    }

    @Test
    void anAttemptTimeoutOnTheRequestOverridesTheConfiguredOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoopbackServer server = heldUntil(release);
        HttpClientTransport t = transport(b -> b.requestTimeout(Duration.ofSeconds(30)));
        TransportRequest shortened = get(server.uri("/slow")).withTimeout(Duration.ofMillis(300));
        try {
            long start = System.nanoTime();
            Throwable classic = catchThrowable(() -> t.execute(shortened));
            Throwable async = catchThrowable(() -> t.executeAsync(shortened).get(10, TimeUnit.SECONDS));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(classic).isInstanceOf(TransportTimeoutException.class).hasMessageContaining("300 ms");
            assertThat(async.getCause()).isInstanceOf(TransportTimeoutException.class).hasMessageContaining("300 ms");
            assertThat(millis).isLessThan(3000);
        } finally {
            release.countDown();
        }
    }

    // ---- what Apache would do on its own ----

    @Test
    void redirectsAreReturnedNotFollowedAndNoHeadersAreAdded() throws Exception {
        LoopbackServer elsewhere = server(x -> LoopbackServer.text(x, 200, "should never be reached"));
        List<Map<String, List<String>>> heads = new CopyOnWriteArrayList<>();
        LoopbackServer server = server(x -> {
            heads.add(Map.copyOf(x.getRequestHeaders()));
            x.getResponseHeaders().add("Location", elsewhere.uri("/stolen").toString());
            x.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
            LoopbackServer.text(x, 302, "moved");
        });
        HttpClientTransport t = transport(b -> { });
        TransportRequest request = new TransportRequest(HttpMethod.GET, server.uri("/a"),
                Map.of("X-API-KEY", List.of("sk_secret")), null);

        try (TransportResponse r = t.execute(request)) {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.header("location")).contains(elsewhere.uri("/stolen").toString());
        }
        try (TransportResponse r = t.executeAsync(request).get(5, TimeUnit.SECONDS)) {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(text(r)).isEqualTo("moved");
        }

        assertThat(elsewhere.clientPorts()).isEmpty();
        assertThat(heads).hasSize(2).allSatisfy(h -> assertThat(h.keySet())
                .map(String::toLowerCase)
                .contains("x-api-key")
                .doesNotContain("cookie", "accept-encoding", "expect", "upgrade"));
    }

    // ---- TLS ----

    @Test
    void httpsUsesTheConfiguredSslContextAndAnUntrustedServerIsNotSent() throws Exception {
        FakeUnipileServer server = track(FakeUnipileServer.builder().https(true).build().start());
        TransportRequest list = new TransportRequest(HttpMethod.GET, URI.create(server.apiUrl() + "/accounts"),
                Map.of("X-API-KEY", List.of(server.apiKey()), "Accept", List.of("application/json")), null);
        HttpClientTransport trusting = transport(b -> b.sslContext(server.clientSslContext()));
        HttpClientTransport jvmDefault = transport(b -> { });

        try (TransportResponse r = trusting.execute(list)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(text(r)).contains("AccountList");
        }
        try (TransportResponse r = trusting.executeAsync(list).get(5, TimeUnit.SECONDS)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(text(r)).contains("AccountList");
        }
        // The JVM's default trust store does not know the self-signed certificate: the handshake fails first.
        Throwable classic = catchThrowable(() -> jvmDefault.execute(list));
        Throwable async = catchThrowable(() -> jvmDefault.executeAsync(list).get(5, TimeUnit.SECONDS));

        assertThat(classic).isInstanceOf(TransportIOException.class);
        assertThat(((TransportIOException) classic).requestSent()).isFalse();
        assertThat(async.getCause()).isInstanceOf(TransportIOException.class);
        assertThat(((TransportIOException) async.getCause()).requestSent()).isFalse();
    }

    // ---- close ----

    @Test
    void closeFailsCallsInFlightAndLeavesNoThreadsBehind() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoopbackServer server = heldUntil(release);
        HttpClientTransport t = new HttpClientTransport(TransportConfig.builder().build());
        try {
            CompletableFuture<TransportResponse> async = t.executeAsync(get(server.uri("/async")));
            CompletableFuture<TransportResponse> classic = CompletableFuture.supplyAsync(() -> {
                try {
                    return t.execute(get(server.uri("/classic")));
                } catch (IOException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            awaitTrue("both requests to arrive", () -> server.clientPorts().size() == 2);
            List<Thread> threads = threadsOf(t);
            assertThat(threads).extracting(Thread::getName).anyMatch(n -> n.contains("-io-"));

            long start = System.nanoTime();
            t.close();
            t.close();
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            for (CompletableFuture<TransportResponse> f : List.of(async, classic)) {
                Throwable e = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
                assertThat(e.getCause()).isInstanceOf(TransportIOException.class)
                        .hasMessageContaining("the transport was closed");
                assertThat(((TransportIOException) e.getCause()).requestSent()).isTrue();
            }
            assertThat(closeMillis).isLessThan(2000);
            for (Thread th : threads) {
                th.join(2000);
                assertThat(th.isAlive()).as("%s still alive", th.getName()).isFalse();
            }
            assertThat(threadsOf(t)).isEmpty();
            Throwable after = catchThrowable(() -> t.execute(get(server.uri("/after"))));
            assertThat(after).isInstanceOf(TransportIOException.class);
            assertThat(((TransportIOException) after).requestSent()).isFalse();
            Throwable afterAsync = catchThrowable(() -> t.executeAsync(get(server.uri("/after"))).get());
            assertThat(((TransportIOException) afterAsync.getCause()).requestSent()).isFalse();
        } finally {
            release.countDown();
            t.close();
        }
    }

    @Test
    void anEmptyRequestBodyIsSentWithLengthZero() throws Exception {
        List<String> lengths = new CopyOnWriteArrayList<>();
        LoopbackServer server = server(x -> {
            lengths.add(x.getRequestHeaders().getFirst("Content-Length"));
            LoopbackServer.text(x, 200, "");
        });
        HttpClientTransport t = transport(b -> { });
        RequestBody empty = patternBody(0, 0);

        try (TransportResponse r = t.execute(post(server.uri("/e"), empty))) {
            assertThat(r.body().read()).isEqualTo(-1);
        }
        try (TransportResponse r = t.executeAsync(post(server.uri("/e"), empty)).get(5, TimeUnit.SECONDS)) {
            assertThat(r.body().read()).isEqualTo(-1);
        }

        assertThat(lengths).containsExactly("0", "0");
    }
}
