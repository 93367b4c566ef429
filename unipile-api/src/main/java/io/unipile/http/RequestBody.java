package io.unipile.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that a transport streams to the server.
 *
 * <p>Bodies are pulled by the transport through {@link #open()} so that arbitrarily large uploads never have to be
 * held in memory.
 */
public interface RequestBody {

    /** The value of the {@code Content-Type} header, including parameters such as the multipart boundary. */
    String contentType();

    /** The exact length in bytes, or {@code -1} when unknown (the transport then uses chunked encoding). */
    long contentLength();

    /**
     * Opens a fresh stream over the body's bytes. The caller closes it.
     *
     * @throws IOException when a file behind the body cannot be read
     * @throws IllegalStateException when the body is not {@linkplain #isRepeatable() repeatable} and was opened before
     */
    InputStream open() throws IOException;

    /** Whether {@link #open()} may be called more than once, which a retry of this request needs. */
    boolean isRepeatable();
}
