package io.unipile.benchmarks;

import io.unipile.http.TransportConfig;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A transport without a network: every request is answered {@code 200} with the same JSON body from memory. Like
 * any transport the client wraps it in the shared resilience layer, so an SDK call on it does everything a real call
 * does except the socket I/O.
 */
final class InMemoryTransportProvider implements UnipileTransportProvider {
    private final byte[] body;

    /** @param body the answer to every request; not copied, never changed */
    InMemoryTransportProvider(byte[] body) {
        this.body = body;
    }

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public UnipileTransport create(TransportConfig config) {
        return new Transport();
    }

    private final class Transport implements UnipileTransport {
        @Override
        public TransportResponse execute(TransportRequest request) {
            return new Response(new ByteArrayInputStream(body));
        }

        @Override
        public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
            return CompletableFuture.completedFuture(execute(request));
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    private record Response(InputStream body) implements TransportResponse {
        private static final List<String> JSON = List.of("application/json; charset=utf-8");

        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public List<String> headers(String name) {
            return name.equalsIgnoreCase("Content-Type") ? JSON : List.of();
        }

        @Override
        public void close() {
            // a ByteArrayInputStream holds nothing to release
        }
    }
}
