package io.unipile.transport.resilience;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.resilience.ResilienceLayer;

/** The {@link ResilienceLayer} the client finds by {@link java.util.ServiceLoader}: a {@link ResilientTransport}. */
public final class Resilience4jLayer implements ResilienceLayer {
    /** Made by {@link java.util.ServiceLoader}, which finds the layer through {@code META-INF/services}. */
    public Resilience4jLayer() {
    }

    @Override
    public UnipileTransport wrap(UnipileTransport transport, TransportConfig config) {
        return ResilientTransport.wrap(transport, config);
    }
}
