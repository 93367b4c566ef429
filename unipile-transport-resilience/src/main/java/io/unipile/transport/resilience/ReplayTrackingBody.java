package io.unipile.transport.resilience;

import io.unipile.http.RequestBody;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** Remembers whether a body was read, so that a one-shot stream is never sent half-consumed a second time. */
final class ReplayTrackingBody implements RequestBody {
    private final RequestBody body;
    private final AtomicBoolean opened = new AtomicBoolean();

    ReplayTrackingBody(RequestBody body) {
        this.body = body;
    }

    @Override
    public String contentType() {
        return body.contentType();
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public InputStream open() throws IOException {
        opened.set(true);
        return body.open();
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    /** Whether another attempt can send the body in full. */
    boolean canSendAgain() {
        return body.isRepeatable() || !opened.get();
    }
}
