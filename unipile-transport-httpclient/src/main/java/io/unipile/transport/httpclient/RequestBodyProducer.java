package io.unipile.transport.httpclient;

import io.unipile.http.RequestBody;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Streams a {@link RequestBody} to the async client without ever blocking its I/O thread. A small repeatable body
 * is written from one array; any other is read by an {@link UploadPump} on a worker, a chunk ahead: {@link #produce}
 * writes what the pump has ready, {@link #available()} says 0 while it has nothing, and the pump asks the channel for
 * output once it does. So a caller's stream that stalls holds its own exchange only, never the other connections of
 * the I/O thread. Memory held: two chunks per upload.
 */
final class RequestBodyProducer implements AsyncEntityProducer {
    private final RequestBody body;
    private final long declared;
    private final Executor workers;
    private ByteBuffer small;
    private volatile UploadPump pump;
    private volatile boolean done;

    RequestBodyProducer(RequestBody body, Executor workers) {
        this.body = body;
        this.declared = body.contentLength();
        this.workers = workers;
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

    /** 0 while the pump has nothing ready: the connection then stops asking until the pump requests output. */
    @Override
    public int available() {
        if (done) {
            return 0;
        }
        UploadPump p = pump;
        return p == null || p.hasNews() ? Math.max(1, small == null ? 1 : small.remaining()) : 0;
    }

    /** Called by the I/O thread whenever the connection can take more bytes. */
    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        if (done) {
            return;
        }
        if (small == null && pump == null) {
            byte[] bytes = UploadPump.smallBody(body);
            if (bytes == null) {
                UploadPump p = new UploadPump(body, channel::requestOutput);
                pump = p;
                p.start(workers);
                return;
            }
            small = ByteBuffer.wrap(bytes);
        }
        if (small != null) {
            channel.write(small);
            if (!small.hasRemaining()) {
                done = true;
                channel.endStream();
            }
            return;
        }
        UploadPump p = pump;
        for (ByteBuffer chunk = p.poll(); chunk != null; chunk = p.poll()) {
            channel.write(chunk);
            if (chunk.hasRemaining()) {
                return; // the connection is full: produce is called again once it drains
            }
            p.sent();
        }
        if (p.ended()) {
            done = true;
            channel.endStream();
        }
    }

    @Override
    public void failed(Exception cause) {
        stop();
    }

    /** Also called after a complete write; resets for a repeat of a repeatable body. */
    @Override
    public void releaseResources() {
        stop();
        small = null;
        pump = null;
        done = false;
    }

    private void stop() {
        UploadPump p = pump;
        if (p != null && !p.ended()) {
            p.abort(new IOException("the exchange ended before the request body was sent"));
        }
    }
}
