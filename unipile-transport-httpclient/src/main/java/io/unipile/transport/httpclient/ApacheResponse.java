package io.unipile.transport.httpclient;

import io.unipile.http.TransportResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What the classic and the async response share: the head as Apache parsed it. */
abstract class ApacheResponse implements TransportResponse {
    private final HttpResponse head;

    ApacheResponse(HttpResponse head) {
        this.head = head;
    }

    @Override
    public final int statusCode() {
        return head.getCode();
    }

    @Override
    public final List<String> headers(String name) {
        Header[] found = head.getHeaders(name); // case-insensitive
        List<String> values = new ArrayList<>(found.length);
        for (Header h : found) {
            values.add(h.getValue());
        }
        return values;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + head.getCode() + "]";
    }

    /** A body stream whose every read goes through the bulk {@code read}, where the bookkeeping lives. */
    abstract static class BodyStream extends InputStream {
        @Override
        public final int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public abstract int read(byte[] b, int off, int len) throws IOException;
    }
}
