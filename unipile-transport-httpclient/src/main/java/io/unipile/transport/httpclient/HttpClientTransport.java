package io.unipile.transport.httpclient;

import io.unipile.http.RequestBody;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport on Apache HttpClient 5: one classic client for {@link #execute} and one async client for
 * {@link #executeAsync}, each with its own connection pool of {@link TransportConfig#maxConnections()} connections
 * ({@link TransportConfig#maxConnectionsPerRoute()} per host). Both speak HTTP/1.1, over TLS too, so that a pooled
 * connection is one request at a time on either path. TLS uses {@link TransportConfig#sslContext()} when set, else
 * the JVM's default context; certificates and host names are verified either way.
 *
 * <p><b>Timeouts.</b> Apache's {@code responseTimeout} is socket inactivity, not a deadline: a server trickling bytes
 * would never trip it, and on the classic path it does not cover a blocked upload at all. So the transport enforces
 * the attempt's timeout itself ({@link TransportRequest#timeout()} when the resilience layer shortened it to fit an
 * overall deadline, else {@link TransportConfig#requestTimeout()}): an exec-chain step placed right after Apache's
 * {@code CONNECT} step arms a deadline when the leased, connected connection is about to carry the request, and
 * cancels the exchange if the response head has not arrived by then; the failure is a
 * {@link io.unipile.http.TransportTimeoutException} with {@code requestSent=true}. The upload counts against that
 * deadline; waiting for a pooled connection and connecting do not. A body that is not small and repeatable is read
 * by an {@link UploadPump} on a callback thread, so a caller's stream that stalls is cut off by the deadline on the
 * classic path and never blocks an I/O thread on the async one. On the classic path the same sweep lets go of a
 * caller that is interrupted while sending or waiting for the head (blocking socket I/O ignores interrupts); the
 * failure is a {@link TransportIOException} caused by an {@link java.io.InterruptedIOException}, and the thread keeps
 * its flag. Besides, the socket inactivity timeout is set to
 * {@code requestTimeout}: it never fires before the deadline while waiting for the head, and afterwards bounds silence
 * while the body streams (on the async path that includes a reader that stops reading for that long, since the
 * connection then sits idle). Connecting (and a TLS handshake) is bounded by {@link TransportConfig#connectTimeout()},
 * and so is waiting for a free pooled connection.
 *
 * <p><b>Was it sent?</b> A failure before the deadline was armed (no pooled connection in time, refused, connect or
 * handshake timeout, unknown host) is reported with {@code requestSent=false}, as is httpcore's
 * {@code RequestNotExecutedException}; everything later (read timeout, reset, {@code NoHttpResponseException}) with
 * {@code requestSent=true}.
 *
 * <p><b>What Apache would otherwise do on its own.</b> No automatic retries (a shared layer decides), no redirects
 * (the API key must not travel to another host; a 3xx is returned as is), no cookies, no authentication challenges,
 * no {@code Expect: 100-continue}, no protocol upgrade, and no content compression: no {@code Accept-Encoding} is
 * added and bodies arrive exactly as sent, with truthful {@code Content-Length} and {@code Content-Encoding}, as
 * with the JDK transport.
 *
 * <p><b>Responses.</b> A response holds its connection until it is closed. A classic response closed after its body
 * was read to the end, or with at most 64 KiB left that arrive within 500 ms (a JSON parser stopping short of EOF),
 * returns the connection to the pool; otherwise the connection is closed rather than drained. An async response's
 * body arrives through a 64 KiB buffer whatever its size; closing it before every byte arrived closes the
 * connection, and its end is reported to the reader only once the connection is back in the pool, so that the next
 * call can reuse it.
 *
 * <p><b>Logging.</b> The API key never reaches a log, even when a user turns on Apache's own debug logging, where
 * Apache would print it twice: in the raw bytes of the wire log ({@code org.apache.hc.client5.http.wire}) and in
 * the request headers it logs ({@code org.apache.hc.client5.http.headers}). So neither client has a wire log: the
 * classic pool's connections come from a {@link RedactingConnectionFactory} that binds sockets without it, and the
 * async client's I/O sessions get an identity decorator instead of Apache's logging one. The classic client's request
 * heads are logged at debug to {@value RedactingConnectionFactory#HEADER_LOG} instead, with the values of
 * {@code X-API-KEY}, {@code Authorization} and {@code Cookie} shown as {@code [REDACTED]}. The async client still
 * logs its request heads to {@code org.apache.hc.client5.http.headers}: Apache offers no supported way to build it
 * without that listener short of giving up its exec chain and connection manager, so the secret headers themselves
 * print redacted ({@link Redaction.SecretHeader}) while their value still goes on the wire.
 *
 * <p><b>Threads.</b> The async client runs one reactor thread and up to two I/O threads; one timer thread serves the
 * deadlines (it ends when idle); async futures are completed on a cached pool of callback threads that exist only
 * while continuations run. All are daemon threads named {@code unipile-httpclient-N-...}. Waiting for a response
 * holds none of them.
 *
 * <p><b>Closing.</b> {@link #close()} is idempotent and does not wait for calls in flight: the classic pool is closed
 * at once (a blocked {@link #execute} fails), in-flight async calls are failed and their exchanges cancelled, both
 * with a {@link TransportIOException} saying the transport was closed, whose {@code requestSent} tells whether the
 * request had started to leave. With nothing left to wait for, the async client's graceful shutdown then ends its
 * threads at once (an immediate one races Apache's own selector cleanup and logs spurious errors); Apache caps it
 * at a few seconds should an exchange resist. It also waits up to 2 s for continuations still running on callback
 * threads (unless called from one). New calls fail with {@code requestSent=false}.
 */
public final class HttpClientTransport implements UnipileTransport {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final String GATE = "unipile-send-deadline";
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);
    /** How long close waits for continuations still running on callback threads. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

    private final TransportConfig config;
    private final String threadPrefix;
    private final ScheduledThreadPoolExecutor timer;
    private final DeadlineSweeper deadlines;
    private final ExecutorService callbacks;
    private final PoolingHttpClientConnectionManager classicPool;
    private final PoolingAsyncClientConnectionManager asyncPool;
    private final CloseableHttpClient classic;
    private final CloseableHttpAsyncClient async;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<AsyncCall> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * Creates the transport with both clients and starts the async client's I/O reactor.
     *
     * @param config the timeouts, pool sizes and TLS context both clients are built with
     */
    public HttpClientTransport(TransportConfig config) {
        this.config = config;
        this.threadPrefix = "unipile-httpclient-" + IDS.incrementAndGet() + "-";

        this.timer = new ScheduledThreadPoolExecutor(1, threads("timer"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(10, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        this.deadlines = new DeadlineSweeper(timer, config.requestTimeout());
        this.callbacks = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads("callback"));

        Timeout connect = Timeout.of(config.connectTimeout());
        Timeout request = Timeout.of(config.requestTimeout());
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(connect)
                .setSocketTimeout(request)
                // Without Apache's retries a stale pooled connection would fail a call: check one idle for 1 s.
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build();
        TlsConfig tls = TlsConfig.custom()
                .setHandshakeTimeout(connect)
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setResponseTimeout(request)
                .setRedirectsEnabled(false)
                .setExpectContinueEnabled(false)
                .setContentCompressionEnabled(false)
                .setAuthenticationEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .setHardCancellationEnabled(true)
                .build();

        this.classicPool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls(config).buildClassic())
                .setConnectionFactory(new RedactingConnectionFactory()) // no wire log; request heads redacted
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(connection)
                .setDefaultTlsConfig(tls)
                .build();
        ExecChainHandler classicGate = (req, scope, chain) -> {
            Exchange exchange = exchangeOf(scope.clientContext);
            if (exchange != null) {
                exchange.sending(deadlines, closed.get());
            }
            ClassicHttpResponse response = chain.proceed(req, scope);
            if (exchange != null) {
                exchange.headersArrived();
            }
            return response;
        };
        this.classic = HttpClients.custom()
                .setConnectionManager(classicPool)
                .setDefaultRequestConfig(requestConfig)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), GATE, classicGate)
                .build();

        this.asyncPool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(tls(config).buildAsync())
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(connection)
                .setDefaultTlsConfig(tls)
                .build();
        AsyncExecChainHandler asyncGate = (req, entityProducer, scope, chain, callback) -> {
            Exchange exchange = exchangeOf(scope.clientContext);
            if (exchange != null) {
                exchange.sending(deadlines, closed.get());
            }
            AsyncCall call = (AsyncCall) scope.clientContext.getAttribute(AsyncCall.CONTEXT_KEY);
            if (call == null) {
                chain.proceed(req, entityProducer, scope, callback);
                return;
            }
            call.bind(scope.execRuntime);
            chain.proceed(req, entityProducer, scope, call.releaseAware(callback));
        };
        this.async = HttpAsyncClients.custom()
                .setConnectionManager(new LeaseDeadlineConnectionManager(asyncPool, timer))
                .setDefaultRequestConfig(requestConfig)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .build())
                .setThreadFactory(threads("io"))
                // Apache's default decorator logs every byte of the connection, key included, when
                // org.apache.hc.client5.http.wire is at debug; this one leaves the session as it is.
                .setIoSessionDecorator(session -> session)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), GATE, asyncGate)
                .build();
        async.start();
    }

    /** The configured TLS context, else the JVM's default one; host names are verified either way. */
    private static ClientTlsStrategyBuilder tls(TransportConfig config) {
        ClientTlsStrategyBuilder b = ClientTlsStrategyBuilder.create();
        return config.sslContext() != null ? b.setSslContext(config.sslContext()) : b.useSystemProperties();
    }

    /** The resilience layer shortens an attempt to fit an overall deadline; otherwise the configured timeout. */
    private Duration attemptTimeout(TransportRequest request) {
        return request.timeout() != null ? request.timeout() : config.requestTimeout();
    }

    private ThreadFactory threads(String role) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, threadPrefix + role + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Exchange exchangeOf(HttpContext context) {
        return context == null ? null : (Exchange) context.getAttribute(Exchange.CONTEXT_KEY);
    }

    /**
     * Sends the request on the calling thread and returns once the response head arrived; the body streams from
     * the leased connection, which goes back to the pool when the response is closed.
     */
    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
        ensureOpen();
        HttpUriRequestBase http = new HttpUriRequestBase(request.method().name(), request.uri());
        copyHeaders(request, http);
        RequestBody body = request.body();
        RequestBodyEntity entity = body == null ? null : new RequestBodyEntity(body, callbacks);
        if (entity != null) {
            http.setEntity(entity);
        }
        Exchange exchange = new Exchange(attemptTimeout(request), () -> {
            http.cancel();
            if (entity != null) {
                entity.abort(new IOException("the request was abandoned while its body was being sent"));
            }
        });
        exchange.blocking(Thread.currentThread());
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(Exchange.CONTEXT_KEY, exchange);
        ClassicHttpResponse response;
        try {
            response = classic.executeOpen(null, http, context);
        } catch (IOException | IllegalStateException e) {
            Failures.restoreInterrupt(e);
            if (closed.get()) {
                throw new TransportIOException("the transport was closed", exchange.requestMayHaveLeft(), e);
            }
            throw Failures.beforeHead(e, exchange, config.connectTimeout());
        }
        if (!exchange.headersArrived()) {
            // The deadline passed just as the head came in; its cancel already doomed the connection.
            closeQuietly(response);
            throw Failures.beforeHead(null, exchange, config.connectTimeout());
        }
        try {
            return new ClassicResponse(http, response, timer, config.requestTimeout());
        } catch (IOException | RuntimeException e) {
            http.cancel();
            closeQuietly(response);
            throw Failures.inBody(e, config.requestTimeout());
        }
    }

    /**
     * Sends the request on the async client's I/O threads; no thread waits for the response. The future completes,
     * on a callback thread, once the response head arrived; reading the body then blocks only the reader.
     */
    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        try {
            ensureOpen();
        } catch (TransportIOException e) {
            return CompletableFuture.failedFuture(e);
        }
        BasicHttpRequest http = new BasicHttpRequest(request.method().name(), request.uri());
        copyHeaders(request, http);
        RequestBody body = request.body();
        AsyncCall call = new AsyncCall(attemptTimeout(request), config, callbacks, inFlight::remove);
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(Exchange.CONTEXT_KEY, call.exchange());
        context.setAttribute(AsyncCall.CONTEXT_KEY, call);
        inFlight.add(call);
        if (closed.get()) {
            call.abortForClose(); // close() ran since ensureOpen and may have missed this call
            inFlight.remove(call);
            return call.result();
        }
        try {
            Future<Void> future = async.execute(
                    new BasicRequestProducer(http, body == null ? null : new RequestBodyProducer(body, callbacks)),
                    call, null, context, call.callback());
            call.attach(future);
        } catch (IllegalStateException e) {
            call.fail(e); // the reactor is shutting down
            inFlight.remove(call);
        }
        return call.result();
    }

    /**
     * Framing headers are the transport's business: the body decides between Content-Length and chunked. Secret
     * headers go in as {@link Redaction.SecretHeader}s, which print redacted wherever Apache logs them.
     */
    private static void copyHeaders(TransportRequest request, HttpMessage http) {
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            String name = h.getKey();
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                    || name.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING)) {
                continue;
            }
            for (String value : h.getValue()) {
                http.addHeader(Redaction.header(name, value));
            }
        }
    }

    private void ensureOpen() throws TransportIOException {
        if (closed.get()) {
            throw new TransportIOException("the transport is closed", false, null);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // being discarded
        }
    }

    /** Connections currently leased or idle in the classic pool, for tests. */
    PoolStats classicPoolStats() {
        return classicPool.getTotalStats();
    }

    /** Connections currently leased or idle in the async pool, for tests. */
    PoolStats asyncPoolStats() {
        return asyncPool.getTotalStats();
    }

    /** The prefix of every thread this transport creates itself (the I/O reactor's own threads aside). */
    String threadPrefix() {
        return threadPrefix;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        classic.close(CloseMode.IMMEDIATE);
        for (AsyncCall call : inFlight) {
            call.abortForClose();
        }
        async.close(CloseMode.GRACEFUL);
        timer.shutdownNow();
        callbacks.shutdown(); // lets the completions of the calls just failed run
        if (!Thread.currentThread().getName().startsWith(threadPrefix)) {
            // A continuation closing the transport from a callback thread would wait for itself.
            try {
                callbacks.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                timer.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "HttpClientTransport[connectTimeout=" + config.connectTimeout() + ", requestTimeout="
                + config.requestTimeout() + ", maxConnections=" + config.maxConnections() + ", maxConnectionsPerRoute="
                + config.maxConnectionsPerRoute() + "]";
    }
}
