package io.unipile.transport.httpclient;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.resilience.ResilientTransport;

/**
 * Provides {@link HttpClientTransport} inside the shared resilience layer (retries, circuit breaker, overall deadline,
 * body watchdog), named {@code httpclient}. Its priority (20) is above the JDK transport's (10), so that adding this
 * artifact to the class path is enough to prefer Apache HttpClient.
 */
public final class HttpClientTransportProvider implements UnipileTransportProvider {
    /** The name to select this transport by. */
    public static final String NAME = "httpclient";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public UnipileTransport create(TransportConfig config) {
        return ResilientTransport.wrap(new HttpClientTransport(config), config);
    }
}
