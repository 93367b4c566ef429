package io.unipile.errors;

/** A connect, per-attempt or overall timeout elapsed. */
public class UnipileTimeoutException extends UnipileTransportException {
    private static final long serialVersionUID = 1L;

    public UnipileTimeoutException(String message, boolean mayHaveReachedServer, Throwable cause) {
        super(message, mayHaveReachedServer, cause);
    }
}
