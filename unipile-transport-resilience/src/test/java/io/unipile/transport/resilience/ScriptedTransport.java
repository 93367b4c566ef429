package io.unipile.transport.resilience;

import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A transport that answers from a script and records what it was asked: the seam below the resilience layer. */
final class ScriptedTransport implements UnipileTransport {

    /** A scripted response that knows whether it was closed. */
    static final class Reply implements TransportResponse {
        final int status;
        final Map<String, String> headers;
        boolean closed;

        Reply(int status, Map<String, String> headers) {
            this.status = status;
            this.headers = headers;
        }

        @Override
        public int statusCode() {
            return status;
        }

        @Override
        public List<String> headers(String name) {
            for (Map.Entry<String, String> e : headers.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return List.of(e.getValue());
                }
            }
            return List.of();
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final Deque<Object> script = new ArrayDeque<>();
    final List<TransportRequest> requests = new ArrayList<>();
    final List<Reply> replies = new ArrayList<>();
    boolean readBodies = true;
    boolean closed;

    /** Queues a status reply. */
    ScriptedTransport reply(int status) {
        return reply(status, Map.of());
    }

    ScriptedTransport reply(int status, Map<String, String> headers) {
        script.add(new Reply(status, headers));
        return this;
    }

    /** Queues a failure. */
    ScriptedTransport fail(IOException e) {
        script.add(e);
        return this;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
        requests.add(request);
        if (readBodies && request.body() != null) {
            try (InputStream in = request.body().open()) {
                in.readAllBytes();
            }
        }
        Object next = script.poll();
        if (next == null) {
            throw new AssertionError("no more scripted replies; requests so far: " + requests.size());
        }
        if (next instanceof IOException e) {
            throw e;
        }
        Reply r = (Reply) next;
        replies.add(r);
        return r;
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        try {
            return CompletableFuture.completedFuture(execute(request));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
