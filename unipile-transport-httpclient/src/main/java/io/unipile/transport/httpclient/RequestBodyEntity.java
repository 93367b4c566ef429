package io.unipile.transport.httpclient;

import io.unipile.http.RequestBody;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;

/**
 * The classic client's view of a {@link RequestBody}, with the exact {@code Content-Length} when the body knows it
 * and chunked encoding otherwise. A small repeatable body is written from one array; any other is read by an
 * {@link UploadPump}, so that the calling thread waits on the pump, where a deadline ({@link #abort}) or an
 * interrupt ends the wait at once, instead of inside the caller's stream, where neither could.
 */
final class RequestBodyEntity extends AbstractHttpEntity {
    private final RequestBody body;
    private final Executor workers;
    private volatile UploadPump pump;
    private volatile IOException aborted;

    RequestBodyEntity(RequestBody body, Executor workers) {
        super(body.contentType(), null, body.contentLength() < 0);
        this.body = body;
        this.workers = workers;
    }

    @Override
    public InputStream getContent() throws IOException {
        return body.open();
    }

    @Override
    public long getContentLength() {
        return body.contentLength();
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    @Override
    public boolean isStreaming() {
        return !body.isRepeatable();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        byte[] small = UploadPump.smallBody(body);
        if (small != null) {
            out.write(small);
            out.flush();
            return;
        }
        UploadPump p = new UploadPump(body, () -> { });
        pump = p;
        IOException early = aborted;
        if (early != null) {
            p.abort(early);
        }
        p.start(workers);
        try {
            for (ByteBuffer chunk = p.take(); chunk != null; chunk = p.take()) {
                out.write(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining());
                p.sent();
            }
        } finally {
            if (!p.ended()) {
                p.abort(new IOException("the request was not sent in full"));
            }
        }
        out.flush();
    }

    /** The exchange is over (deadline, cancellation): a write waiting for the body fails with {@code reason}. */
    void abort(IOException reason) {
        aborted = reason;
        UploadPump p = pump;
        if (p != null) {
            p.abort(reason);
        }
    }

    @Override
    public void close() {
        // Nothing held: every write opens and closes its own stream.
    }
}
