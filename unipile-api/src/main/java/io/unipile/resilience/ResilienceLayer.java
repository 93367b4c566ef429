package io.unipile.resilience;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;

/**
 * Wraps whichever transport a client uses, bundled or passed to the builder, with retries, the circuit breaker and
 * deadlines; found by {@link java.util.ServiceLoader}. {@code io.unipile:unipile-transport-resilience} registers the
 * one implementation (both bundled transports bring it), so transports only move bytes.
 *
 * <p>When none is on the class path, {@link io.unipile.UnipileClient.Builder#build()} fails unless retries and the
 * circuit breaker are disabled and no overall timeout is set: a client never silently loses them.
 */
public interface ResilienceLayer {

    /** Wraps {@code transport}, which the returned transport owns and closes, with the policies of {@code config}. */
    UnipileTransport wrap(UnipileTransport transport, TransportConfig config);
}
