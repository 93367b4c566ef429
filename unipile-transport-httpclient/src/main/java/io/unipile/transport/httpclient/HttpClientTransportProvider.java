package io.unipile.transport.httpclient;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;

/**
 * Provides the plain {@link HttpClientTransport}, named {@code httpclient}; the client wraps it in the resilience
 * layer (retries, circuit breaker, overall deadline, body watchdog). Its priority (20) is above the JDK transport's (10), so that adding this
 * artifact to the class path is enough to prefer Apache HttpClient.
 */
public final class HttpClientTransportProvider implements UnipileTransportProvider {
    /** Made by {@link java.util.ServiceLoader}; {@code UnipileClient.builder().transport(..)} takes one too. */
    public HttpClientTransportProvider() {
    }

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
        return new HttpClientTransport(config);
    }
}
