package io.unipile.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The transport SPI: sends one request and hands back a streaming response.
 *
 * <p>Implementations are thread-safe, own their connection pool and release it in {@link #close()}. They neither
 * follow redirects to other hosts with the API key nor retry on their own: retries are decided above them.
 * A transport reports failures with {@link TransportIOException} where it knows whether the request reached the
 * server, and with a plain {@link IOException} otherwise (then treated as "may have reached the server").
 */
public interface UnipileTransport extends AutoCloseable {

    /** Sends the request and returns once the status line and headers have arrived. */
    TransportResponse execute(TransportRequest request) throws IOException;

    /**
     * Sends the request without blocking the caller. The future completes once the headers have arrived, or
     * exceptionally with an {@link IOException}.
     */
    CompletableFuture<TransportResponse> executeAsync(TransportRequest request);

    /** Releases the transport's resources. Idempotent. */
    @Override
    void close();
}
