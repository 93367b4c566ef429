package io.unipile.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings a {@link UnipileTransportProvider} builds a transport from.
 *
 * @param connectTimeout how long establishing a connection may take
 * @param requestTimeout how long one attempt may take from sending to the end of the response headers
 */
public record TransportConfig(Duration connectTimeout, Duration requestTimeout) {
    public TransportConfig {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }
}
