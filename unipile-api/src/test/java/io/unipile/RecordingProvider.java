package io.unipile;

import io.unipile.http.TransportConfig;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Records what the client asks of its transport; nothing goes to a network. */
final class RecordingProvider implements UnipileTransportProvider {
    final List<TransportConfig> configs = new ArrayList<>();
    final List<TransportRequest> requests = new ArrayList<>();
    int closed;

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public UnipileTransport create(TransportConfig config) {
        configs.add(config);
        return new UnipileTransport() {
            @Override
            public TransportResponse execute(TransportRequest request) throws IOException {
                requests.add(request);
                throw new IOException("offline");
            }

            @Override
            public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                requests.add(request);
                return CompletableFuture.failedFuture(new IOException("offline"));
            }

            @Override
            public void close() {
                closed++;
            }
        };
    }
}
