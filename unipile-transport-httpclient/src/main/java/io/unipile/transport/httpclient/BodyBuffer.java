package io.unipile.transport.httpclient;

import org.apache.hc.core5.http.nio.CapacityChannel;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands a response body from an I/O thread to a blocking reader, holding at most about {@code limit} bytes.
 *
 * <p>Backpressure goes through httpcore's capacity window: the connection stops reading from the socket once the
 * capacity granted to the consumer is used up and asks for more ({@link #windowExhausted}). More is granted only as
 * {@code limit - buffered}, and only once the reader has drained the buffer to half the limit; so the bytes held stay
 * below {@code limit} plus the one chunk httpcore may push past an exhausted window rather than leave it in its session
 * buffer. httpcore's {@code SharedInputBuffer} was the starting point, but it grants its whole capacity and grows that
 * capacity on every such overrun, so its allocation ratchets up over a long download (to half a MiB over 1 GiB here).
 */
final class BodyBuffer {
    private final int limit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
    private int buffered;
    private int peak;
    private boolean complete;
    private boolean ended;
    private boolean closed;
    private Throwable failure;
    private CapacityChannel owed;

    BodyBuffer(int limit) {
        this.limit = limit;
    }

    /** I/O thread: bytes arrived. Never refused, since the window already allowed them (give or take one chunk). */
    void put(ByteBuffer src) {
        int n = src.remaining();
        if (n == 0) {
            return;
        }
        ByteBuffer copy = ByteBuffer.allocate(n);
        copy.put(src).flip();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            chunks.add(copy);
            buffered += n;
            peak = Math.max(peak, buffered);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** I/O thread: the connection used up its window. Grants more now if there is room, else once the reader made some. */
    void windowExhausted(CapacityChannel channel) throws IOException {
        int grant;
        lock.lock();
        try {
            if (closed || complete || ended) {
                return;
            }
            grant = room();
            owed = grant > 0 ? null : channel;
        } finally {
            lock.unlock();
        }
        if (grant > 0) {
            channel.update(grant);
        }
    }

    private int room() {
        return buffered <= limit / 2 ? limit - buffered : 0;
    }

    /** I/O thread: every byte of the body arrived. The reader sees the end only with {@link #end()}. */
    void complete() {
        lock.lock();
        try {
            complete = true;
            owed = null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The exchange is over: the reader may see the end of the body. Kept apart from {@link #complete()} so that a
     * caller who read to the end and sends the next request finds the connection back in the pool.
     */
    void end() {
        lock.lock();
        try {
            ended = true;
            owed = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The exchange failed: the reader gets the failure instead of the rest. A body already complete is kept, and
     * ends instead: the connection failed, not the response.
     */
    void fail(Throwable cause) {
        lock.lock();
        try {
            if (complete) {
                ended = true;
            } else if (!ended && failure == null) {
                failure = cause;
            }
            owed = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is held and wakes a blocked reader; returns whether every byte had arrived. */
    boolean close() {
        lock.lock();
        try {
            closed = true;
            chunks.clear();
            buffered = 0;
            owed = null;
            changed.signalAll();
            return complete || ended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until bytes, the end or a failure arrive.
     *
     * @return the number of bytes copied, or -1 at the end of the body
     * @throws IOException the raw failure of the exchange (the caller classifies it), or on a closed body
     */
    int read(byte[] b, int off, int len) throws IOException {
        CapacityChannel grantTo = null;
        int grant = 0;
        int n = 0;
        lock.lock();
        try {
            while (chunks.isEmpty() && !ended && failure == null && !closed) {
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    InterruptedIOException io = new InterruptedIOException("interrupted while reading the response body");
                    io.initCause(e);
                    throw io;
                }
            }
            if (closed) {
                throw new IOException("the response was closed");
            }
            if (failure != null) {
                throw failure instanceof IOException io ? io : new IOException(failure);
            }
            if (chunks.isEmpty()) {
                return -1;
            }
            while (n < len && !chunks.isEmpty()) {
                ByteBuffer chunk = chunks.peek();
                int k = Math.min(chunk.remaining(), len - n);
                chunk.get(b, off + n, k);
                n += k;
                if (!chunk.hasRemaining()) {
                    chunks.poll();
                }
            }
            buffered -= n;
            if (owed != null) {
                grant = room();
                if (grant > 0) {
                    grantTo = owed;
                    owed = null;
                }
            }
        } finally {
            lock.unlock();
        }
        if (grantTo != null) {
            grantTo.update(grant); // outside the lock: it wakes the I/O session
        }
        return n;
    }

    int available() {
        lock.lock();
        try {
            return closed ? 0 : buffered;
        } finally {
            lock.unlock();
        }
    }

    /** The most bytes held at once, for tests of bounded memory. */
    int peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }
}
