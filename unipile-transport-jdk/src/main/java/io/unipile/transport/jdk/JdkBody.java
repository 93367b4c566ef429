package io.unipile.transport.jdk;

import io.unipile.http.TransportIOException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A response body as a blocking stream, fed by the JDK client up to {@value #PREFETCH} lists of buffers ahead of the
 * reader (refilled once the reader took what had arrived, so memory stays bounded). Asking for one list at a time
 * would make every list wait for a hand-off between the reader and the JDK's threads, which doubled the time of a
 * small call. It replaces {@code BodyHandlers.ofInputStream()},
 * whose read swallows an interrupt and goes on waiting: here an interrupt ends the read at once with an
 * {@link InterruptedIOException} and the thread keeps its flag. The transport fails it with {@link #abort} when it
 * closes under a reader.
 */
final class JdkBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    /** How long closing a body read to its declared length waits for the JDK's end signal. */
    private static final long COMPLETION_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** How many lists of buffers may arrive before the reader takes them. */
    static final int PREFETCH = 4;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<ByteBuffer> buffers = new ArrayDeque<>();
    private Flow.Subscription subscription;
    private boolean complete;
    private boolean closed;
    private Throwable failure;
    private TransportIOException aborted;
    private int delivered;
    /** The declared Content-Length, or -1. */
    private final long declared;
    /** Bytes handed to the reader. */
    private long handed;

    /** @param declared the response's Content-Length, or -1 when it has none */
    JdkBody(long declared) {
        this.declared = declared;
    }

    /** Every declared byte was handed out: the body is whole, whatever the JDK has yet to signal. */
    private boolean allHandedOut() {
        return declared >= 0 && handed >= declared;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(this); // the response is handed out with its head
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancel;
        lock.lock();
        try {
            cancel = closed || subscription != null;
            if (!cancel) {
                subscription = s;
            }
        } finally {
            lock.unlock();
        }
        if (cancel) {
            s.cancel();
        } else {
            s.request(PREFETCH);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        Flow.Subscription more = null;
        lock.lock();
        try {
            for (ByteBuffer b : items) {
                if (b.hasRemaining() && !closed) {
                    buffers.add(b);
                }
            }
            if (buffers.isEmpty() && !closed) {
                more = subscription; // nothing usable arrived: ask for the next right away
            } else {
                delivered++;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (more != null) {
            more.request(1);
        }
    }

    @Override
    public void onError(Throwable t) {
        lock.lock();
        try {
            failure = t;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onComplete() {
        lock.lock();
        try {
            complete = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        Flow.Subscription more = null;
        int refill = 0;
        int n = 0;
        lock.lock();
        try {
            while (buffers.isEmpty() && !complete && failure == null && !closed && aborted == null
                    && !allHandedOut()) { // the declared end needs no wait for the JDK's completion signal
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    InterruptedIOException io = new InterruptedIOException("interrupted while reading the response body");
                    io.initCause(e);
                    throw io;
                }
            }
            if (aborted != null) {
                throw aborted;
            }
            if (closed) {
                throw new IOException("the response was closed");
            }
            if (buffers.isEmpty()) {
                if (failure != null && !allHandedOut()) {
                    throw failure instanceof IOException io ? io : new IOException(failure);
                }
                return -1;
            }
            while (n < len && !buffers.isEmpty()) {
                ByteBuffer first = buffers.peek();
                int k = Math.min(first.remaining(), len - n);
                first.get(b, off + n, k);
                n += k;
                handed += k;
                if (!first.hasRemaining()) {
                    buffers.poll();
                }
            }
            if (buffers.isEmpty() && !complete && failure == null && delivered > 0) {
                more = subscription;
                refill = delivered;
                delivered = 0;
            }
        } finally {
            lock.unlock();
        }
        if (more != null) {
            more.request(refill);
        }
        return n;
    }

    @Override
    public int available() {
        lock.lock();
        try {
            int n = 0;
            for (ByteBuffer b : buffers) {
                n += b.remaining();
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is held; a body not read to its end costs its connection, as with the JDK's own stream. */
    @Override
    public void close() {
        end(null);
    }

    /** The transport closed: a blocked or later read fails with {@code reason}. */
    void abort(TransportIOException reason) {
        end(reason);
    }

    private void end(TransportIOException reason) {
        Flow.Subscription s;
        boolean wasDone;
        lock.lock();
        try {
            if (reason == null && allHandedOut() && !complete && failure == null && !closed) {
                // Read to its declared length, the body is whole, but the JDK signals the end on its own thread a
                // moment later: waiting for it keeps the connection; one that never comes is cancelled below, so
                // that no exchange is left pending (which would keep a closed JDK client's selector thread alive).
                long left = COMPLETION_WAIT_NANOS;
                while (!complete && failure == null && left > 0) {
                    try {
                        left = changed.awaitNanos(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            if (reason != null && aborted == null && !closed) {
                aborted = reason;
            }
            wasDone = complete || failure != null;
            closed = true;
            buffers.clear();
            s = subscription;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (s != null && !wasDone) {
            s.cancel();
        }
    }
}
