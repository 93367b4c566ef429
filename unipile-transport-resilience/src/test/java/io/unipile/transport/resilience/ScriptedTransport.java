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
    /** A complete reply of {@code GET /accounts/{id}}: every field the spec requires. */
    static final String ACCOUNT = "{\"object\":\"Account\",\"type\":\"LINKEDIN\",\"connection_params\":{\"im\":"
            + "{\"id\":\"ACoAAB1a2b3\",\"username\":\"Jane Doe\"}},\"id\":\"a1\",\"name\":\"Jane Doe\","
            + "\"created_at\":\"2024-03-01T08:15:30.123Z\",\"groups\":[],\"sources\":[]}";
    /** A complete reply of {@code GET /chats/{id}/sync}. */
    static final String CHAT_HISTORY_SYNC = "{\"object\":\"ChatHistorySync\",\"chat_id\":\"c1\","
            + "\"status\":\"SYNC_STARTED\"}";

    /** A scripted response that knows whether it was closed. */
    static final class Reply implements TransportResponse {
        final int status;
        final Map<String, String> headers;
        final String body;
        boolean closed;

        Reply(int status, Map<String, String> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
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
            return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
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

    /** Queues a status reply whose body is {@code {}}. */
    ScriptedTransport reply(int status) {
        return reply(status, Map.of());
    }

    ScriptedTransport reply(int status, Map<String, String> headers) {
        script.add(new Reply(status, headers, "{}"));
        return this;
    }

    /** Queues a status reply with this JSON body. */
    ScriptedTransport reply(int status, String body) {
        script.add(new Reply(status, Map.of(), body));
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
