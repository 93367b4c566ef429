package io.unipile.errors;

/**
 * The call failed without a complete answer: connection refused, timeout, connection dropped.
 * {@link #mayHaveReachedServer()} tells whether the server may have acted on the request; for a message send that
 * means the message may or may not have been sent, and it was not re-sent automatically.
 */
public class UnipileTransportException extends UnipileException {
    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedServer;

    public UnipileTransportException(String message, boolean mayHaveReachedServer, Throwable cause) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /** {@code false} only when the request surely never reached the server, so that sending it again is safe. */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
