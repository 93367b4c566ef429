package io.unipile.transport.httpclient;

import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportResponse;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One call on the async path: the response consumer Apache's I/O threads drive, and the future the caller holds.
 *
 * <p>No thread waits for the response. The future completes when the response head arrives ({@link #consumeResponse});
 * the body then flows through a {@link BodyBuffer} of {@value #BUFFER_SIZE} bytes whose reader drives the connection's
 * capacity window, so a body of any size holds about one buffer per response.
 *
 * <p>The future is completed on the transport's callback executor, never on an I/O thread: whoever continues from it
 * typically reads the body right away, and a read that blocks on an I/O thread would wait for data only that thread
 * can deliver.
 */
final class AsyncCall implements AsyncResponseConsumer<Void> {
    static final int BUFFER_SIZE = 64 * 1024;
    /** The {@link HttpContext} attribute that carries the call to the transport's exec-chain step. */
    static final String CONTEXT_KEY = AsyncCall.class.getName();

    private final Exchange exchange;
    private final Duration connectTimeout;
    private final Duration idleTimeout;
    private final Executor completer;
    private final Consumer<AsyncCall> onFinished;
    private final CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    private final AtomicBoolean decided = new AtomicBoolean();
    private volatile Future<?> future;
    private volatile boolean cancelRequested;
    private volatile AsyncExecRuntime runtime;
    private volatile BodyBuffer body;
    private volatile FutureCallback<Void> resultCallback;

    /**
     * @param attemptTimeout the deadline from sending to the response head
     * @param onFinished     told once Apache is done with the exchange (body ended, failed or cancelled)
     */
    AsyncCall(Duration attemptTimeout, TransportConfig config, Executor completer, Consumer<AsyncCall> onFinished) {
        this.exchange = new Exchange(attemptTimeout, this::deadlinePassed);
        this.connectTimeout = config.connectTimeout();
        this.idleTimeout = config.requestTimeout();
        this.completer = completer;
        this.onFinished = onFinished;
        result.whenComplete((r, e) -> {
            if (e instanceof CancellationException) {
                cancel(); // the caller gave up: free the connection
            }
        });
    }

    Exchange exchange() {
        return exchange;
    }

    CompletableFuture<TransportResponse> result() {
        return result;
    }

    /** What Apache reports about the whole exchange; the head and the body have their own paths below. */
    FutureCallback<Void> callback() {
        return new FutureCallback<>() {
            @Override
            public void completed(Void ignored) {
                onFinished.accept(AsyncCall.this);
            }

            @Override
            public void failed(Exception ex) {
                fail(ex);
                onFinished.accept(AsyncCall.this);
            }

            @Override
            public void cancelled() {
                fail(new IOException("the exchange was cancelled"));
                onFinished.accept(AsyncCall.this);
            }
        };
    }

    /**
     * Wraps the exec chain's callback at the transport's step: Apache releases the connection in the steps above on
     * {@code completed()}, so the body's end is shown to the reader only after that.
     */
    AsyncExecCallback releaseAware(AsyncExecCallback delegate) {
        return new AsyncExecCallback() {
            @Override
            public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails entityDetails)
                    throws HttpException, IOException {
                return delegate.handleResponse(response, entityDetails);
            }

            @Override
            public void handleInformationResponse(HttpResponse response) throws HttpException, IOException {
                delegate.handleInformationResponse(response);
            }

            @Override
            public void completed() {
                try {
                    delegate.completed();
                } finally {
                    BodyBuffer b = body;
                    if (b != null) {
                        b.end();
                    }
                }
            }

            @Override
            public void failed(Exception cause) {
                delegate.failed(cause);
            }
        };
    }

    /** Hands over Apache's future so that a deadline or the caller can abort the exchange. */
    void attach(Future<?> f) {
        future = f;
        if (cancelRequested) {
            f.cancel(true);
        }
    }

    /** The exchange's runtime, from the transport's exec-chain step: the direct way to discard its connection. */
    void bind(AsyncExecRuntime runtime) {
        this.runtime = runtime;
        if (cancelRequested) {
            runtime.discardEndpoint();
        }
    }

    /**
     * Aborts the exchange and closes its connection. Cancelling Apache's future alone is not always enough: its
     * hard cancellation applies only to some states of the exchange, so the endpoint is discarded as well.
     */
    void cancel() {
        cancelRequested = true;
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
        AsyncExecRuntime r = runtime;
        if (r != null) {
            r.discardEndpoint();
        }
    }

    /** The transport is closing: fails the call, or its body if the head was handed out, and frees the connection. */
    void abortForClose() {
        fail(new TransportIOException("the transport was closed", exchange.requestMayHaveLeft(), null));
        cancel();
    }

    /** Fails the future if the head has not been handed out yet, else the body (unless it had ended). */
    void fail(Throwable ex) {
        if (!decide(null, Failures.beforeHead(ex, exchange, connectTimeout))) {
            BodyBuffer b = body;
            if (b != null) {
                b.fail(ex);
            }
        }
    }

    private void deadlinePassed() {
        decide(null, Failures.beforeHead(null, exchange, connectTimeout));
        cancel();
    }

    /** The first outcome wins; completion runs off the I/O thread. */
    private boolean decide(TransportResponse response, TransportIOException failure) {
        if (!decided.compareAndSet(false, true)) {
            return false;
        }
        Runnable complete = response != null
                ? () -> {
                    if (!result.complete(response)) {
                        response.close(); // cancelled by the caller meanwhile
                    }
                }
                : () -> result.completeExceptionally(failure);
        try {
            completer.execute(complete);
        } catch (RejectedExecutionException closing) {
            complete.run();
        }
        return true;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
                                FutureCallback<Void> resultCallback) {
        this.resultCallback = resultCallback;
        if (!exchange.headersArrived()) {
            return; // the deadline won the race; the exchange is being cancelled
        }
        if (entityDetails == null) {
            decide(new AsyncResponse(response, null), null);
            resultCallback.completed(null);
            return;
        }
        BodyBuffer b = new BodyBuffer(BUFFER_SIZE);
        body = b;
        decide(new AsyncResponse(response, b), null);
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx heads are not the response
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        BodyBuffer b = body;
        if (b != null) {
            b.windowExhausted(capacityChannel);
        }
    }

    @Override
    public void consume(ByteBuffer src) {
        BodyBuffer b = body;
        if (b != null) {
            b.put(src);
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        BodyBuffer b = body;
        if (b != null) {
            b.complete();
        }
        FutureCallback<Void> cb = resultCallback;
        if (cb != null) {
            cb.completed(null);
        }
    }

    @Override
    public void failed(Exception cause) {
        fail(cause);
    }

    @Override
    public void releaseResources() {
        // the body buffer belongs to the reader until the response is closed
    }

    /** The most body bytes an async response held at once, for tests of bounded memory; -1 for others. */
    static int peakBuffered(TransportResponse response) {
        if (response instanceof AsyncResponse r) {
            BodyBuffer b = r.call().body;
            return b == null ? 0 : b.peak();
        }
        return -1;
    }

    /** A response whose head arrived; closing it before the body ended discards the connection. */
    private final class AsyncResponse extends ApacheResponse {
        private final BodyBuffer buffer;
        private final InputStream stream;
        private final AtomicBoolean closed = new AtomicBoolean();

        AsyncResponse(HttpResponse head, BodyBuffer buffer) {
            super(head);
            this.buffer = buffer;
            this.stream = buffer == null ? InputStream.nullInputStream() : new BufferStream();
        }

        AsyncCall call() {
            return AsyncCall.this;
        }

        @Override
        public InputStream body() {
            return stream;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true) && buffer != null && !buffer.close()) {
                // Unread body on the wire: draining it could take as long as the body is big, so the connection goes.
                cancel();
            }
        }

        /** The caller's view of the body: blocking reads from the buffer, failures raised rather than EOF. */
        private final class BufferStream extends BodyStream {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                try {
                    return buffer.read(b, off, len);
                } catch (IOException e) {
                    throw closed.get() ? e : Failures.inBody(e, idleTimeout);
                }
            }

            @Override
            public int available() {
                return buffer.available();
            }

            @Override
            public void close() {
                AsyncResponse.this.close();
            }
        }
    }
}
