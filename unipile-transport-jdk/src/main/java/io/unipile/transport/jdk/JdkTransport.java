package io.unipile.transport.jdk;

import io.unipile.http.RequestBody;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import io.unipile.http.UnipileTransport;
import io.unipile.internal.Futures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport on {@link java.net.http.HttpClient}: one client per instance, bodies streamed both ways, redirects not
 * followed (so the API key never travels to another host), HTTP/2 over TLS where the server offers it.
 *
 * <p><b>The JDK's own retry.</b> The JDK client re-sends a request once when a pooled connection turns out to be
 * closed by the server: a GET by default, and any method when the JVM runs with
 * {@code -Djdk.httpclient.enableAllMethodRetry=true}. A request not declared {@linkplain TransportRequest#idempotent()
 * idempotent} therefore goes out with a body publisher that refuses to be sent twice (a bodiless one too): the
 * JDK's re-send fails before the request's head goes out again, and the call reports that the request may have
 * reached the server. Every other retry decision is the resilience layer's.
 *
 * <p><b>Timeouts.</b> One periodic sweep per transport (every tenth of the request timeout, 10 to 50 ms) ends calls
 * whose head is late, closing the upload stream they were reading. The JDK's own request timeout is not used: it does
 * not fire while an upload's stream blocks, and where it raced the sweep to cancel the same exchange, Java 17 left the
 * exchange counted as pending for ever, which kept a closed client's selector thread alive. Bodies are read through
 * {@link JdkBody}, whose reads honour interrupts.
 *
 * <p><b>Calls and closing.</b> Every call is tracked until its response is closed: a blocking one is the JDK's
 * {@code send}, an asynchronous one its {@code sendAsync}. A blocking call waits interruptibly: an interrupt cancels
 * the exchange at once and the caller gets a {@link TransportIOException} with its interrupt flag kept. {@link #close()} fails every call still
 * waiting for its response, and ends every body still being read, with a {@link TransportIOException} saying the
 * request may have reached the server (the JDK does not tell whether its bytes were written); it cancels the
 * exchanges and drops every reference to the {@code HttpClient}, so that on Java 17, which has no way to close it,
 * its selector thread ends and its connections close once the client is collected; on Java 21 and later its
 * {@code shutdownNow()} does that at once.
 */
public final class JdkTransport implements UnipileTransport {
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();
    /** {@code HttpClient.shutdownNow()}, from Java 21 on; looked up once. */
    private static final Method SHUTDOWN_NOW = shutdownNowMethod();

    private final TransportConfig config;
    private final ExecutorService executor;
    private final ScheduledExecutorService deadlines;
    /** Null once closed: a closed transport that is still referenced must not keep the JDK client alive. */
    private volatile HttpClient client;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * Creates the transport and its {@code HttpClient}.
     *
     * @param config the timeouts and TLS context the {@code HttpClient} is built with
     */
    public JdkTransport(TransportConfig config) {
        this.config = config;
        int clientId = CLIENT_IDS.incrementAndGet();
        AtomicInteger threadIds = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "unipile-jdk-" + clientId + "-" + threadIds.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(threads);
        // The one timer of every call's head (see the class comment): one sweep serves them all.
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unipile-jdk-" + clientId + "-deadlines");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, Math.min(50, config.requestTimeout().toMillis() / 10));
        deadlines.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (config.sslContext() != null) {
            builder.sslContext(config.sslContext());
        }
        this.client = builder.build();
    }

    private static Method shutdownNowMethod() {
        try {
            return HttpClient.class.getMethod("shutdownNow");
        } catch (NoSuchMethodException e) {
            return null; // Java 17
        }
    }

    /**
     * Blocks in the JDK's own {@code send}, which hands the exchange between fewer threads than {@code sendAsync}
     * followed by a wait: on a loopback call that halved the time. {@link Call#abort} (close, a late head) interrupts
     * the waiting thread to end the wait.
     */
    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
        HttpClient c = client;
        Call call = prepare(request, c);
        HttpRequest httpRequest = call.httpRequest;
        call.blockedIn(Thread.currentThread());
        HttpResponse<InputStream> r;
        try {
            r = c.send(httpRequest, JdkTransport::body);
        } catch (InterruptedException e) {
            TransportIOException ours = call.unblock();
            if (ours != null) {
                throw ours; // the interrupt was ours: the caller's flag stays clear
            }
            // The caller's interrupt: it keeps its flag, and the exchange is abandoned now.
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the response");
            io.initCause(e);
            TransportIOException failure = new TransportIOException(io.getMessage(), true, io);
            call.abort(failure);
            throw failure;
        } catch (IOException | UncheckedIOException e) {
            TransportIOException ours = call.unblock();
            inFlight.remove(call);
            if (ours != null) {
                Thread.interrupted(); // an interrupt of ours may still be pending
                throw ours;
            }
            throw e instanceof UncheckedIOException u ? bodyFailure(u) : classify((IOException) e);
        }
        call.unblock();
        JdkResponse wrapped = new JdkResponse(r, call);
        call.response = wrapped;
        // Completing the result decides the race with abort(): before it, abort fails the call; after it, the body.
        if (!call.result.complete(wrapped)) {
            Thread.interrupted(); // an interrupt of ours may still be pending
            wrapped.close();
            throw call.aborted;
        }
        return wrapped;
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        try {
            return send(request).result;
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static JdkBody body(HttpResponse.ResponseInfo info) {
        return new JdkBody(info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** Starts the exchange; its outcome arrives in the call's result. */
    private Call send(TransportRequest request) throws IOException {
        HttpClient c = client;
        Call call = prepare(request, c);
        call.start(c.sendAsync(call.httpRequest, JdkTransport::body));
        return call;
    }

    /** The call for {@code request}, tracked from now on so that {@link #close()} ends it. */
    private Call prepare(TransportRequest request, HttpClient c) throws IOException {
        if (c == null) {
            throw new TransportIOException("the transport is closed", false, null);
        }
        Duration timeout = request.timeout() != null ? request.timeout() : config.requestTimeout();
        Call call = new Call(timeout);
        call.httpRequest = toHttpRequest(request, call);
        inFlight.add(call);
        if (closed.get()) {
            // close() ran since the check above and may have missed this call
            inFlight.remove(call);
            throw new TransportIOException("the transport is closed", false, null);
        }
        return call;
    }

    /** Ends the calls whose head is late, the JDK's timeout notwithstanding. */
    private void sweep() {
        long now = System.nanoTime();
        for (Call call : inFlight) {
            if (call.overdue(now)) {
                call.abort(new TransportTimeoutException("no response within the request timeout of "
                        + call.timeout.toMillis() + " ms", true, null));
            }
        }
    }

    private HttpRequest toHttpRequest(TransportRequest request, Call call) throws IOException {
        // No HttpRequest.timeout(): the sweep is the only timer (see the class comment).
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                // Plain HTTP stays on 1.1: an h2c upgrade attempt only costs a round trip with most servers.
                .version("https".equalsIgnoreCase(request.uri().getScheme())
                        ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .method(request.method().name(), publisher(request.body(), request.idempotent(), call));
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            for (String v : h.getValue()) {
                b.header(h.getKey(), v);
            }
        }
        return b.build();
    }

    /** Bodies up to this size are sent from one array: the streaming publisher allocates 16 KiB per read. */
    private static final int SMALL_BODY = 64 * 1024;

    private static HttpRequest.BodyPublisher publisher(RequestBody body, boolean idempotent, Call call)
            throws IOException {
        HttpRequest.BodyPublisher p = publisher(body, call);
        return idempotent ? p : new OneShotPublisher(p);
    }

    private static HttpRequest.BodyPublisher publisher(RequestBody body, Call call) throws IOException {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        long declared = body.contentLength();
        if (body.isRepeatable() && declared >= 0 && declared <= SMALL_BODY) {
            // Reading a repeatable body early costs nothing; a one-shot stream is left for the send itself, so that
            // a connection that fails first leaves it unread and the request can still be retried.
            try (InputStream in = body.open()) {
                byte[] bytes = in.readNBytes((int) declared + 1);
                if (bytes.length != declared) {
                    throw new TransportIOException("the request body has " + bytes.length
                            + " bytes, not its declared " + declared, false, null);
                }
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            }
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return call.uploading(body.open());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long length = body.contentLength();
        return length < 0 ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, length);
    }

    /** A file behind the body failed to read while the request was being sent. */
    private static TransportIOException bodyFailure(UncheckedIOException e) {
        return new TransportIOException("reading the request body failed: " + e.getCause().getMessage(), true,
                e.getCause());
    }

    /** Tells apart failures where the request surely never left from those where it may have. */
    static TransportIOException classify(IOException e) {
        if (e instanceof TransportIOException t) {
            return t;
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportTimeoutException("connect timed out after " + e.getMessage(), false, e);
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return new TransportIOException("connection failed: " + describe(e), false, e);
        }
        if (e instanceof SSLHandshakeException || e.getCause() instanceof SSLHandshakeException) {
            // The handshake comes before any byte of the request: an untrusted certificate or a host name that
            // does not match means the request never left.
            return new TransportIOException("TLS handshake failed: " + describe(e), false, e);
        }
        return new TransportIOException(describe(e), true, e);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        HttpClient c = client;
        client = null;
        for (Call call : inFlight) {
            call.abort(new TransportIOException("the transport was closed", true, null));
        }
        if (SHUTDOWN_NOW != null && c != null) {
            try {
                SHUTDOWN_NOW.invoke(c);
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // best effort: without it the client still ends once collected
            }
        }
        // Not shutdownNow(): its interrupts would land in the JDK's own tasks that are finishing the cancelled
        // exchanges, which must run for the JDK client to let go of its connections.
        executor.shutdown();
        deadlines.shutdownNow();
    }

    @Override
    public String toString() {
        return "JdkTransport[connectTimeout=" + config.connectTimeout() + ", requestTimeout="
                + config.requestTimeout() + "]";
    }

    /** One exchange from {@code sendAsync} until its response is closed; what {@link #close()} ends. */
    private final class Call {
        private final CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        private final Duration timeout;
        private final long deadline;
        private volatile CompletableFuture<HttpResponse<InputStream>> exchange;
        private volatile JdkResponse response;
        private volatile TransportIOException aborted;
        private volatile InputStream upload;
        private HttpRequest httpRequest;
        /** The thread blocked in {@code send}, while it is; guarded by this. */
        private Thread blocked;

        Call(Duration timeout) {
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        /** The body's stream as the JDK opened it: closing it is the one way to free a thread stuck reading it. */
        InputStream uploading(InputStream in) {
            upload = in;
            return in;
        }

        boolean overdue(long now) {
            return response == null && !result.isDone() && now - deadline >= 0;
        }

        void start(CompletableFuture<HttpResponse<InputStream>> sent) {
            exchange = sent;
            sent.whenComplete((r, error) -> {
                if (error == null) {
                    JdkResponse wrapped = new JdkResponse(r, this);
                    response = wrapped;
                    if (!result.complete(wrapped) || aborted != null) {
                        wrapped.close(); // abandoned by the caller or by close() meanwhile
                    }
                    return;
                }
                inFlight.remove(this);
                Throwable cause = Futures.unwrap(error);
                if (cause instanceof IOException io) {
                    result.completeExceptionally(classify(io));
                } else if (cause instanceof UncheckedIOException u) {
                    result.completeExceptionally(bodyFailure(u));
                } else {
                    result.completeExceptionally(cause);
                }
            });
            // A caller that cancels the future gives up on the exchange: free its connection.
            result.whenComplete((r, error) -> {
                if (error instanceof CancellationException) {
                    sent.cancel(true);
                    inFlight.remove(this);
                }
            });
            if (aborted != null) {
                sent.cancel(true);
            }
        }

        synchronized void blockedIn(Thread thread) {
            blocked = thread;
        }

        /** The thread is no longer waiting in {@code send}; returns why the call was aborted meanwhile, if it was. */
        synchronized TransportIOException unblock() {
            blocked = null;
            return aborted;
        }

        /**
         * Fails the call, or its body if the response was handed out, and cancels the exchange; a thread blocked in
         * {@code send} is interrupted, which is how the JDK lets go of it.
         */
        void abort(TransportIOException failure) {
            synchronized (this) {
                aborted = failure;
                if (blocked != null) {
                    blocked.interrupt();
                }
            }
            inFlight.remove(this);
            if (!result.completeExceptionally(failure)) {
                JdkResponse r = response;
                if (r != null) {
                    r.abort(failure);
                }
            }
            CompletableFuture<HttpResponse<InputStream>> e = exchange;
            if (e != null) {
                e.cancel(true);
            }
            InputStream in = upload;
            if (in != null && response == null) {
                try {
                    in.close();
                } catch (IOException | RuntimeException ignored) {
                    // the caller's stream; its failure is not ours to report
                }
            }
        }

        void closed() {
            inFlight.remove(this);
        }
    }

    /**
     * Makes the JDK's own re-send of a request fail before its head is written again. The JDK asks a publisher for
     * its length when it writes a request's head, and subscribes to it after: so once a body was subscribed, or
     * once a bodiless request's head was written, asking again means a second sending, and the length is refused
     * with an exception that ends the exchange. A second subscription is refused as well.
     */
    private static final class OneShotPublisher implements HttpRequest.BodyPublisher {
        private final HttpRequest.BodyPublisher delegate;
        private final boolean bodiless;
        private final AtomicBoolean subscribed = new AtomicBoolean();
        private final AtomicBoolean headWritten = new AtomicBoolean();

        OneShotPublisher(HttpRequest.BodyPublisher delegate) {
            this.delegate = delegate;
            this.bodiless = delegate.contentLength() == 0;
        }

        @Override
        public long contentLength() {
            if (subscribed.get() || (bodiless && !headWritten.compareAndSet(false, true))) {
                throw new UncheckedIOException(notAgain());
            }
            return delegate.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            if (subscribed.compareAndSet(false, true)) {
                delegate.subscribe(subscriber);
                return;
            }
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(notAgain());
        }

        private static TransportIOException notAgain() {
            return new TransportIOException("the JDK client tried to send the request again on a new connection; "
                    + "a request that is not idempotent is never re-sent", true, null);
        }
    }

    private static final class JdkResponse implements TransportResponse {
        private final HttpResponse<InputStream> response;
        private final Call call;
        private final JdkBody body;

        JdkResponse(HttpResponse<InputStream> response, Call call) {
            this.response = response;
            this.call = call;
            this.body = (JdkBody) response.body();
        }

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        @Override
        public InputStream body() {
            return body;
        }

        /** The transport closed under a reader: it gets {@code failure}, not a truncated body. */
        void abort(TransportIOException failure) {
            call.closed();
            body.abort(failure);
        }

        @Override
        public void close() {
            call.closed();
            body.close();
        }
    }
}
