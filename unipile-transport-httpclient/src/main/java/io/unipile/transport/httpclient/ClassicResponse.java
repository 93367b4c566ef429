package io.unipile.transport.httpclient;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A classic response whose connection stays leased until {@link #close()}.
 *
 * <p>Closing decides the connection's fate: a body read to its end returns the connection to the pool. An unread
 * remainder of at most {@value #DRAIN_LIMIT} bytes is drained first, under a watchdog of {@value #DRAIN_MILLIS} ms, so
 * that the usual case of a JSON parser stopping just short of EOF keeps the connection; anything larger or slower
 * cancels the request, which closes the connection instead of letting Apache drain a body of any size.
 */
final class ClassicResponse extends ApacheResponse {
    static final int DRAIN_LIMIT = 64 * 1024;
    static final long DRAIN_MILLIS = 500;

    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final ScheduledExecutorService timer;
    private final Duration idleTimeout;
    private final Body body;
    private final AtomicBoolean closed = new AtomicBoolean();

    ClassicResponse(HttpUriRequestBase request, ClassicHttpResponse response, ScheduledExecutorService timer,
                    Duration idleTimeout) throws IOException {
        super(response);
        this.request = request;
        this.response = response;
        this.timer = timer;
        this.idleTimeout = idleTimeout;
        HttpEntity entity = response.getEntity();
        InputStream content = entity == null ? null : entity.getContent();
        this.body = new Body(content, entity == null ? 0 : entity.getContentLength());
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // A close from another thread while a read is blocked (a watchdog giving up on the body) must not read the
        // same connection concurrently: it discards it, which also unblocks the reader.
        if (body.reading || !body.drainForReuse()) {
            request.cancel(); // discards the connection; Apache then skips its own drain
        }
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is discarded either way
        }
    }

    /** Tracks how far the caller read, so that close knows whether the connection can be reused. */
    private final class Body extends BodyStream {
        private final InputStream in;
        private final long length;
        private long consumed;
        private volatile boolean eof;
        private volatile boolean reading;

        Body(InputStream in, long length) {
            this.in = in;
            this.length = length;
            this.eof = in == null;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reading = true; // before checking closed: close() checks the two the other way round
            try {
                if (closed.get()) {
                    throw new IOException("the response was closed");
                }
                if (eof) {
                    return -1;
                }
                int n;
                try {
                    n = in.read(b, off, len);
                } catch (IOException e) {
                    throw closed.get() ? new IOException("the response was closed", e)
                            : Failures.inBody(e, idleTimeout);
                }
                if (n < 0) {
                    eof = true;
                } else {
                    consumed += n;
                }
                return n;
            } finally {
                reading = false;
            }
        }

        @Override
        public int available() throws IOException {
            return eof || closed.get() ? 0 : in.available();
        }

        @Override
        public void close() {
            ClassicResponse.this.close();
        }

        /** Reads a short remainder to its end; {@code true} when the body ended and the connection may be reused. */
        boolean drainForReuse() {
            if (eof) {
                return true;
            }
            if (length >= 0 && length - consumed > DRAIN_LIMIT) {
                return false;
            }
            if (length >= 0 && consumed >= length) {
                // The declared length was read (the parser stopped just before EOF): the stream ends without any
                // I/O, so no watchdog is needed, and scheduling one per call cost the timer thread a wake-up.
                try {
                    eof = in.read() < 0;
                } catch (IOException e) {
                    return false;
                }
                return eof && !request.isCancelled();
            }
            ScheduledFuture<?> watchdog;
            try {
                watchdog = timer.schedule(request::cancel, DRAIN_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                return false;
            }
            try {
                byte[] skip = new byte[8192];
                long drained = 0;
                int n;
                while ((n = in.read(skip)) >= 0) {
                    drained += n;
                    if (drained > DRAIN_LIMIT) {
                        return false;
                    }
                }
                eof = true;
                return !request.isCancelled();
            } catch (IOException e) {
                return false;
            } finally {
                watchdog.cancel(false);
            }
        }
    }
}
