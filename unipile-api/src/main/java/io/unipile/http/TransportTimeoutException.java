package io.unipile.http;

/** A connect or response timeout inside a transport. */
public class TransportTimeoutException extends TransportIOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param requestSent {@code false} for a connect timeout: the request never left
     */
    public TransportTimeoutException(String message, boolean requestSent, Throwable cause) {
        super(message, requestSent, cause);
    }
}
