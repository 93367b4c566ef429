package io.unipile.transport.resilience;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.resilience.ResilienceLayer;

/** The {@link ResilienceLayer} the client finds by {@link java.util.ServiceLoader}: a {@link ResilientTransport}. */
public final class Resilience4jLayer implements ResilienceLayer {

    @Override
    public UnipileTransport wrap(UnipileTransport transport, TransportConfig config) {
        return ResilientTransport.wrap(transport, config);
    }
}
