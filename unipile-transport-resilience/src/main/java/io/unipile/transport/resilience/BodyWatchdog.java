package io.unipile.transport.resilience;

import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends response bodies that stop delivering data. A server that sends its headers and then stalls would otherwise
 * hang the reading thread forever: the JDK client has no read timeout once the headers are in. One daemon thread
 * per transport looks at the bodies being read; a read that made no progress for the idle timeout is aborted by
 * closing the response and interrupting the reader, and fails with a {@link TransportTimeoutException}.
 */
final class BodyWatchdog implements AutoCloseable {
    private final long idleNanos;
    private final Set<WatchedBody> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    BodyWatchdog(Duration idleTimeout) {
        this.idleNanos = idleTimeout.toNanos();
        long periodMillis = Math.max(10, Math.min(1000, idleTimeout.toMillis() / 4));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unipile-body-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sweep, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** The response with its body watched. */
    TransportResponse watch(TransportResponse response) {
        return new WatchedResponse(response);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (WatchedBody b : active) {
            if (b.reading && now - b.lastProgress > idleNanos) {
                b.expire();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private final class WatchedResponse implements TransportResponse {
        private final TransportResponse response;
        private WatchedBody body;

        WatchedResponse(TransportResponse response) {
            this.response = response;
        }

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public List<String> headers(String name) {
            return response.headers(name);
        }

        @Override
        public synchronized InputStream body() {
            if (body == null) {
                body = new WatchedBody(response);
            }
            return body;
        }

        @Override
        public void close() {
            WatchedBody b;
            synchronized (this) {
                b = body;
            }
            if (b != null) {
                active.remove(b);
            }
            response.close();
        }
    }

    private final class WatchedBody extends FilterInputStream {
        private final TransportResponse response;
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean reading;
        private Thread reader;
        private boolean expired;

        WatchedBody(TransportResponse response) {
            super(response.body());
            this.response = response;
            active.add(this);
        }

        @Override
        public int read() throws IOException {
            enter();
            try {
                return in.read();
            } catch (IOException e) {
                throw translate(e);
            } finally {
                exit();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            enter();
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw translate(e);
            } finally {
                exit();
            }
        }

        private synchronized void enter() throws IOException {
            if (expired) {
                throw timedOut(null);
            }
            reader = Thread.currentThread();
            lastProgress = System.nanoTime();
            reading = true;
        }

        private synchronized void exit() {
            reading = false;
            reader = null;
            lastProgress = System.nanoTime();
            if (expired) {
                // Our interrupt was meant for the blocked read only; the caller's thread must not keep it.
                Thread.interrupted();
            }
        }

        private synchronized IOException translate(IOException e) {
            return expired ? timedOut(e) : e;
        }

        private IOException timedOut(IOException cause) {
            return new TransportTimeoutException("no data arrived for "
                    + Duration.ofNanos(idleNanos).toMillis() + " ms while reading the response body", true, cause);
        }

        void expire() {
            Thread t;
            synchronized (this) {
                if (expired || !reading) {
                    return;
                }
                expired = true;
                t = reader;
                if (t != null) {
                    t.interrupt();
                }
            }
            active.remove(this);
            response.close();
        }

        @Override
        public void close() throws IOException {
            active.remove(this);
            super.close();
        }
    }
}
