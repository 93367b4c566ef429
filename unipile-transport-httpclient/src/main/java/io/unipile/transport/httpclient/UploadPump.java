package io.unipile.transport.httpclient;

import io.unipile.http.RequestBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads a request body on a worker thread, a chunk ahead of the connection: the caller's stream may block for as
 * long as it likes without holding an I/O thread (and with it every other exchange of that thread) or a caller past
 * its deadline. A small repeatable body (a JSON document, a short message) is read at once instead, in
 * {@link #smallBody}: it cannot block, and a thread hand-off per request would cost more than it saves.
 *
 * <p>Both ends check the body against its declared length, since sending more or fewer bytes than the
 * {@code Content-Length} would corrupt the connection. {@link #abort} (a deadline, the transport closing, the
 * exchange failing) closes the caller's stream and interrupts the worker, and wakes the consumer with the reason.
 */
final class UploadPump implements Runnable {
    static final int CHUNK = 32 * 1024;
    /** Repeatable bodies up to this size are read in one go, without a worker. */
    static final int SMALL_BODY = 64 * 1024;

    private final RequestBody body;
    private final long declared;
    private final Runnable dataReady;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final byte[][] buffers;
    private ByteBuffer ready;
    private boolean eof;
    private IOException failure;
    private boolean aborted;
    private Thread worker;
    private InputStream in;

    /**
     * @param dataReady told (on the worker thread) whenever a chunk, the end or a failure is ready; for the async
     *                  client, the channel's {@code requestOutput}
     */
    UploadPump(RequestBody body, Runnable dataReady) {
        this.body = body;
        this.declared = body.contentLength();
        this.dataReady = dataReady;
        int size = declared >= 0 ? (int) Math.max(1, Math.min(CHUNK, declared)) : CHUNK;
        this.buffers = new byte[][]{new byte[size], new byte[size]};
    }

    /** The whole body when it is small and repeatable, else null. */
    static byte[] smallBody(RequestBody body) throws IOException {
        long declared = body.contentLength();
        if (!body.isRepeatable() || declared < 0 || declared > SMALL_BODY) {
            return null;
        }
        try (InputStream in = body.open()) {
            byte[] bytes = in.readNBytes((int) declared + 1);
            checkLength(bytes.length, declared, true);
            return bytes;
        }
    }

    /** Starts the worker on {@code executor}. */
    void start(Executor executor) {
        try {
            executor.execute(this);
        } catch (RejectedExecutionException closing) {
            abort(new IOException("the transport is closed"));
        }
    }

    @Override
    public void run() {
        lock.lock();
        try {
            if (aborted) {
                return;
            }
            worker = Thread.currentThread();
        } finally {
            lock.unlock();
        }
        long read = 0;
        int which = 0;
        try (InputStream stream = body.open()) {
            setStream(stream);
            while (true) {
                byte[] buffer = buffers[which];
                int max = buffer.length;
                if (declared >= 0) {
                    max = (int) Math.min(max, declared - read + 1); // one byte past the end finds an overlong body
                }
                int n = max == 0 ? 0 : stream.read(buffer, 0, max);
                if (n < 0) {
                    checkLength(read, declared, true);
                    publish(null);
                    return;
                }
                read += n;
                checkLength(read, declared, false);
                if (n > 0 && !publish(ByteBuffer.wrap(buffer, 0, n))) {
                    return;
                }
                which ^= 1;
            }
        } catch (IOException | RuntimeException e) {
            fail(e instanceof IOException io ? io : new IOException(e));
        } finally {
            lock.lock();
            try {
                worker = null;
                Thread.interrupted(); // an abort's interrupt was for the read only; the pool thread goes on
            } finally {
                lock.unlock();
            }
        }
    }

    private static void checkLength(long read, long declared, boolean atEnd) throws IOException {
        if (declared < 0) {
            return;
        }
        if (read > declared) {
            throw new IOException("the request body is longer than its declared " + declared + " bytes");
        }
        if (atEnd && read != declared) {
            throw new IOException("the request body ended after " + read + " of its declared " + declared
                    + " bytes");
        }
    }

    private void setStream(InputStream stream) throws IOException {
        lock.lock();
        try {
            if (aborted) {
                throw new IOException("the upload was aborted");
            }
            in = stream;
        } finally {
            lock.unlock();
        }
    }

    /** Hands over a chunk (null: the end) once the previous one was sent; false when aborted meanwhile. */
    private boolean publish(ByteBuffer chunk) throws InterruptedIOException {
        lock.lock();
        try {
            while (ready != null && !aborted) {
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("upload aborted");
                }
            }
            if (aborted) {
                return false;
            }
            if (chunk == null) {
                eof = true;
            } else {
                ready = chunk;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        dataReady.run();
        return true;
    }

    private void fail(IOException e) {
        lock.lock();
        try {
            if (failure == null && !aborted) {
                failure = e;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        dataReady.run();
    }

    /**
     * Async side, never blocking: the chunk to send (drained by the caller, then {@link #sent()}), or null when none
     * is ready yet or the body {@linkplain #ended() ended}.
     *
     * @throws IOException the body's failure
     */
    ByteBuffer poll() throws IOException {
        lock.lock();
        try {
            if (failure != null) {
                throw failure;
            }
            return ready;
        } finally {
            lock.unlock();
        }
    }

    /** Whether something is ready for {@link #poll()}: a chunk, the end or a failure. */
    boolean hasNews() {
        lock.lock();
        try {
            return ready != null || eof || failure != null;
        } finally {
            lock.unlock();
        }
    }

    /** Whether every byte was handed over. */
    boolean ended() {
        lock.lock();
        try {
            return eof && ready == null;
        } finally {
            lock.unlock();
        }
    }

    /** The chunk from {@link #poll()} went out in full; the worker may hand over the next. */
    void sent() {
        lock.lock();
        try {
            ready = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Classic side: blocks for the next chunk, null at the end. Interruptible: the caller's interrupt ends the upload
     * at once and its thread keeps the flag.
     */
    ByteBuffer take() throws IOException {
        InterruptedIOException interrupted = null;
        lock.lock();
        try {
            while (ready == null && !eof && failure == null && interrupted == null) {
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    interrupted = new InterruptedIOException("interrupted while sending the request body");
                    interrupted.initCause(e);
                }
            }
            if (interrupted == null && failure != null) {
                throw failure;
            }
            if (interrupted == null) {
                return ready;
            }
        } finally {
            lock.unlock();
        }
        abort(interrupted);
        throw interrupted;
    }

    /** Ends the upload: the consumer gets {@code reason}, the caller's stream is closed, the worker interrupted. */
    void abort(IOException reason) {
        InputStream s;
        lock.lock();
        try {
            if (aborted) {
                return;
            }
            aborted = true;
            if (failure == null && !(eof && ready == null)) {
                failure = reason;
            }
            Thread w = worker;
            if (w != null) {
                w.interrupt();
            }
            s = in;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (s != null) {
            try {
                s.close(); // what frees a read that ignores interrupts, such as a socket's
            } catch (IOException | RuntimeException ignored) {
                // the caller's stream; the upload is over either way
            }
        }
    }
}
