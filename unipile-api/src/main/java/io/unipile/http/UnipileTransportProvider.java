package io.unipile.http;

/**
 * Creates transports; found by {@link java.util.ServiceLoader}. A transport artifact registers its provider in
 * {@code META-INF/services/io.unipile.http.UnipileTransportProvider}.
 *
 * <p>When several providers are on the class path the client takes the one with the highest {@link #priority()},
 * and among equals the one whose {@link #name()} sorts first, unless the builder or the system property
 * {@code unipile.transport} names one.
 */
public interface UnipileTransportProvider {

    /** The short name users select this transport by, such as {@code jdk} or {@code httpclient}. */
    String name();

    /** Higher wins when no transport is named explicitly. */
    default int priority() {
        return 0;
    }

    /** Creates a new transport; the caller owns it and closes it. */
    UnipileTransport create(TransportConfig config);
}
