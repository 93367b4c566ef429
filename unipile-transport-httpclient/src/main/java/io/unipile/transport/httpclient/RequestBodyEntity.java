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
 * and chunked encoding otherwise. A small repeatable body is written from one array, a larger repeatable one (bytes
 * or a file of the caller's, which cannot stall) straight from its stream on the calling thread; a one-shot stream
 * is read by an {@link UploadPump}, so that the calling thread waits on the pump, where a deadline ({@link #abort})
 * or an interrupt ends the wait at once, instead of inside the caller's stream, where neither could. (A socket write
 * blocked by a slow server is ended the same way for all of them: the deadline cancels the exchange.)
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
        if (body.isRepeatable()) {
            // Handing a megabyte from a worker to this thread in chunks cost 14 % of an upload's throughput.
            writeDirectly(out);
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

    private void writeDirectly(OutputStream out) throws IOException {
        long declared = body.contentLength();
        int size = declared < 0 ? UploadPump.CHUNK : (int) Math.max(1, Math.min(UploadPump.CHUNK, declared));
        byte[] buffer = new byte[size];
        long sent = 0;
        try (InputStream in = body.open()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (declared >= 0 && sent + n > declared) {
                    throw new IOException("the request body is longer than its declared " + declared + " bytes");
                }
                IOException stop = aborted;
                if (stop != null) {
                    throw stop;
                }
                out.write(buffer, 0, n);
                sent += n;
            }
        }
        if (declared >= 0 && sent != declared) {
            throw new IOException("the request body has " + sent + " bytes, not its declared " + declared);
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
