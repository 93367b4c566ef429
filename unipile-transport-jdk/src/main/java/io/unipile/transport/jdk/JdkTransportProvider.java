package io.unipile.transport.jdk;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;

/**
 * Provides the plain {@link JdkTransport}, named {@code jdk}; the client wraps it in the resilience layer. Its
 * priority is below the Apache HttpClient transport's, so that adding that artifact is enough to prefer it.
 */
public final class JdkTransportProvider implements UnipileTransportProvider {
    /** Made by {@link java.util.ServiceLoader}; {@code UnipileClient.builder().transport(..)} takes one too. */
    public JdkTransportProvider() {
    }

    /** The name to select this transport by. */
    public static final String NAME = "jdk";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public UnipileTransport create(TransportConfig config) {
        return new JdkTransport(config);
    }
}
