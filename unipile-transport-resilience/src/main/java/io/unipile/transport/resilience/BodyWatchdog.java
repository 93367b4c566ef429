package io.unipile.transport.resilience;

import io.unipile.http.TransportIOException;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ends response bodies that take too long, whatever the transport. A server that sends its headers and then stalls,
 * or drips a byte now and then, would otherwise hold the reading thread for as long as it likes: transports bound
 * the wait for the headers, not the body. One daemon thread per transport sweeps the bodies being read, every quarter
 * of the request timeout (between 10 and 100 ms), and ends a body
 * <ul>
 *   <li>that made no progress for the idle timeout while being read (silence);</li>
 *   <li>whose absolute deadline passed, read or not (the attempt's timeout for a reply the library parses, the
 *       call's overall deadline for a streamed one);</li>
 *   <li>whose reader was interrupted: blocking socket reads ignore interrupts, so this is what makes an interrupt end
 *       a read at once on every transport.</li>
 * </ul>
 * It ends a body by closing the response and, for a timeout, interrupting the reader (whose flag is cleared again:
 * that interrupt was ours); the read fails with a {@link TransportTimeoutException}, or for the caller's interrupt
 * with a {@link TransportIOException} while the caller's flag stays set.
 */
final class BodyWatchdog implements AutoCloseable {
    private enum Reason { SILENCE, DEADLINE, INTERRUPT }

    private final long idleNanos;
    private final Set<WatchedBody> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    BodyWatchdog(Duration idleTimeout) {
        this.idleNanos = idleTimeout.toNanos();
        long periodMillis = Math.max(10, Math.min(100, idleTimeout.toMillis() / 4));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unipile-body-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sweep, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** The response with its body watched for silence and interrupts only. */
    TransportResponse watch(TransportResponse response) {
        return new WatchedResponse(response, 0, false, null);
    }

    /**
     * The response with its body watched, and ended at {@code deadlineNanos} ({@link System#nanoTime()} based).
     *
     * @param deadlineMessage what the read fails with once the deadline passed
     */
    TransportResponse watch(TransportResponse response, long deadlineNanos, Supplier<String> deadlineMessage) {
        return new WatchedResponse(response, deadlineNanos, true, deadlineMessage);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (WatchedBody b : active) {
            if (b.hasDeadline && now - b.deadline >= 0) {
                b.expire(Reason.DEADLINE);
            } else if (b.reading) {
                Thread reader = b.reader;
                if (reader != null && reader.isInterrupted()) {
                    b.expire(Reason.INTERRUPT);
                } else if (now - b.lastProgress > idleNanos) {
                    b.expire(Reason.SILENCE);
                }
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private final class WatchedResponse extends ForwardingResponse {
        private final WatchedBody body;

        WatchedResponse(TransportResponse response, long deadline, boolean hasDeadline,
                        Supplier<String> deadlineMessage) {
            super(response);
            // Watched from now on, not from the first read: a deadline also frees a body nobody reads.
            this.body = new WatchedBody(response, deadline, hasDeadline, deadlineMessage);
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void close() {
            active.remove(body);
            response.close();
        }
    }

    private final class WatchedBody extends FilterInputStream {
        private final TransportResponse response;
        private final long deadline;
        private final boolean hasDeadline;
        private final Supplier<String> deadlineMessage;
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean reading;
        private volatile Thread reader;
        private Reason expired;
        private boolean interruptedByUs;

        WatchedBody(TransportResponse response, long deadline, boolean hasDeadline,
                    Supplier<String> deadlineMessage) {
            super(response.body());
            this.response = response;
            this.deadline = deadline;
            this.hasDeadline = hasDeadline;
            this.deadlineMessage = deadlineMessage;
            active.add(this);
        }

        @Override
        public int read() throws IOException {
            enter();
            try {
                return ended(in.read());
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
                return ended(in.read(b, off, len));
            } catch (IOException e) {
                throw translate(e);
            } finally {
                exit();
            }
        }

        private synchronized void enter() throws IOException {
            if (expired != null) {
                throw failure(expired, null);
            }
            reader = Thread.currentThread();
            lastProgress = System.nanoTime();
            reading = true;
        }

        private synchronized void exit() {
            reading = false;
            reader = null;
            lastProgress = System.nanoTime();
            if (interruptedByUs) {
                // Our interrupt was meant for the blocked read only; the caller's thread must not keep it.
                interruptedByUs = false;
                Thread.interrupted();
            }
        }

        /** A body closed under its reader may look like a clean end: it is not. */
        private synchronized int ended(int n) throws IOException {
            if (n < 0 && expired != null) {
                throw failure(expired, null);
            }
            return n;
        }

        private synchronized IOException translate(IOException e) {
            return expired != null ? failure(expired, e) : e;
        }

        private IOException failure(Reason reason, IOException cause) {
            switch (reason) {
                case DEADLINE:
                    return new TransportTimeoutException(deadlineMessage.get(), true, cause);
                case INTERRUPT:
                    InterruptedIOException io = new InterruptedIOException("interrupted while reading the response body");
                    io.initCause(cause);
                    return new TransportIOException(io.getMessage(), true, io);
                default:
                    return new TransportTimeoutException("no data arrived for "
                            + Duration.ofNanos(idleNanos).toMillis() + " ms while reading the response body", true,
                            cause);
            }
        }

        void expire(Reason reason) {
            synchronized (this) {
                if (expired != null) {
                    return;
                }
                expired = reason;
                Thread t = reader;
                if (reason != Reason.INTERRUPT && reading && t != null) {
                    interruptedByUs = true;
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
