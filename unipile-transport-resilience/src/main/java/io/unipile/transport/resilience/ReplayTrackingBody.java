package io.unipile.transport.resilience;

import io.unipile.http.RequestBody;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Remembers whether a body was read, so that a one-shot stream is never sent half-consumed a second time; and
 * whether the caller's own body failed (it threw, was stuck in a read, or yielded more or fewer bytes than it
 * declared), which is neither retried nor counted against the service.
 */
final class ReplayTrackingBody implements RequestBody {
    private final RequestBody body;
    private final AtomicBoolean opened = new AtomicBoolean();
    private volatile Throwable callerFailure;
    private volatile boolean inRead;

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
        try {
            return new CallerStream(body.open(), body.contentLength());
        } catch (IOException | RuntimeException e) {
            callerFailure = e;
            throw e;
        }
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    /** Whether another attempt can send the body in full. */
    boolean canSendAgain() {
        return body.isRepeatable() || !opened.get();
    }

    /** Whether the attempt failed because of the body itself: it failed, or a read of it never returned. */
    boolean failedOnItsOwn() {
        return callerFailure != null || inRead;
    }

    /** The caller's stream, checked against its declared length. */
    private final class CallerStream extends FilterInputStream {
        private final long declared;
        private long count;

        CallerStream(InputStream in, long declared) {
            super(in);
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            inRead = true;
            try {
                n = in.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                callerFailure = e;
                throw e;
            } finally {
                inRead = false;
            }
            if (n < 0) {
                if (declared >= 0 && count != declared) {
                    throw failed(new IOException("the request body ended after " + count + " of its declared "
                            + declared + " bytes"));
                }
            } else {
                count += n;
                if (declared >= 0 && count > declared) {
                    throw failed(new IOException("the request body is longer than its declared " + declared
                            + " bytes"));
                }
            }
            return n;
        }

        private IOException failed(IOException e) {
            callerFailure = e;
            return e;
        }
    }
}
