package io.unipile.transport.httpclient;

import io.unipile.http.RequestBody;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The classic client's view of a {@link RequestBody}: streamed from a fresh {@link RequestBody#open()} on every
 * write, with the exact {@code Content-Length} when the body knows it and chunked encoding otherwise.
 */
final class RequestBodyEntity extends AbstractHttpEntity {
    private static final int CHUNK = 32 * 1024;

    private final RequestBody body;

    RequestBodyEntity(RequestBody body) {
        super(body.contentType(), null, body.contentLength() < 0);
        this.body = body;
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
        long declared = body.contentLength();
        // Most bodies are small multipart messages: no need for a 32 KiB buffer to send 300 bytes.
        byte[] buffer = new byte[declared >= 0 ? (int) Math.max(1, Math.min(CHUNK, declared)) : CHUNK];
        long written = 0;
        try (InputStream in = body.open()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                written += n;
                if (declared >= 0 && written > declared) {
                    // Sending more than Content-Length announced would corrupt the next exchange on the connection.
                    throw new IOException("the request body is longer than its declared " + declared + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        if (declared >= 0 && written != declared) {
            throw new IOException("the request body ended after " + written + " of its declared " + declared
                    + " bytes");
        }
        out.flush();
    }

    @Override
    public void close() {
        // Nothing held: every write opens and closes its own stream.
    }
}
