package io.unipile.http;

import java.io.Closeable;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A response whose body is streamed from the connection. Closing it releases the connection; the client always
 * closes responses, including discarded ones.
 */
public interface TransportResponse extends Closeable {

    /** The HTTP status code. */
    int statusCode();

    /** All values of the named header (case-insensitive), possibly empty. */
    List<String> headers(String name);

    /** The first value of the named header (case-insensitive), if present. */
    default Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The body as a stream, read at most once; empty for a response without body. */
    InputStream body();

    /** Releases the connection. Never throws. */
    @Override
    void close();
}
