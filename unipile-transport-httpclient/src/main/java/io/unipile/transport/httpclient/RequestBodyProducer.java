package io.unipile.transport.httpclient;

import io.unipile.http.RequestBody;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Streams a {@link RequestBody} to the async client in bounded chunks, the way httpcore's {@code FileEntityProducer}
 * streams a file: each {@link #produce} call reads at most a few chunks from the body's stream into one fixed
 * buffer and writes what the channel accepts, so the memory held is one chunk whatever the body's size.
 *
 * <p>The body's stream is read on the I/O thread. Bodies are files, byte arrays or streams the caller handed in for
 * upload; a stream that blocks for long (a slow network source) would stall the other connections of that I/O
 * thread, which is the price of not having a thread per upload.
 */
final class RequestBodyProducer implements AsyncEntityProducer {
    static final int CHUNK = 32 * 1024;
    /** Chunks per {@code produce} call before yielding the I/O thread to other connections. */
    private static final int CHUNKS_PER_TURN = 8;

    private final RequestBody body;
    private final long declared;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private InputStream in;
    private boolean eof;
    private boolean done;
    private long read;

    RequestBodyProducer(RequestBody body) {
        this.body = body;
        this.declared = body.contentLength();
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    @Override
    public String getContentType() {
        return body.contentType();
    }

    @Override
    public long getContentLength() {
        return declared;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return declared < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public int available() {
        // Unknown without blocking; "plenty" keeps the connection asking for output until endStream.
        return Integer.MAX_VALUE;
    }

    /** Called by the I/O thread whenever the connection can take more bytes. */
    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        if (done) {
            return;
        }
        if (in == null) {
            in = body.open();
            buffer.clear().flip();
        }
        for (int turn = 0; turn < CHUNKS_PER_TURN; turn++) {
            if (!buffer.hasRemaining() && !eof) {
                fill();
            }
            if (buffer.hasRemaining()) {
                channel.write(buffer);
                if (buffer.hasRemaining()) {
                    return; // the connection is full: produce is called again once it drains
                }
            }
            if (eof) {
                done = true;
                closeStream();
                channel.endStream();
                return;
            }
        }
    }

    private void fill() throws IOException {
        buffer.clear();
        int max = buffer.capacity();
        if (declared >= 0) {
            // Never read past the declared length: one extra byte is enough to detect an overlong body.
            max = (int) Math.min(max, declared - read + 1);
        }
        int n = in.read(buffer.array(), 0, max);
        if (n < 0) {
            eof = true;
            buffer.limit(0);
            if (declared >= 0 && read != declared) {
                throw new IOException("the request body ended after " + read + " of its declared " + declared
                        + " bytes");
            }
            return;
        }
        read += n;
        if (declared >= 0 && read > declared) {
            throw new IOException("the request body is longer than its declared " + declared + " bytes");
        }
        buffer.limit(n);
    }

    @Override
    public void failed(Exception cause) {
        closeStream();
    }

    /** Also called after a complete write; resets for a repeat of a repeatable body. */
    @Override
    public void releaseResources() {
        closeStream();
        eof = false;
        done = false;
        read = 0;
        buffer.clear().flip();
    }

    private void closeStream() {
        InputStream s = in;
        in = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // the body was read or is being abandoned; nothing to report
            }
        }
    }
}
