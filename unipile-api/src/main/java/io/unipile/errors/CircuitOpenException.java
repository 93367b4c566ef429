package io.unipile.errors;

/** The call was not attempted: the client's circuit breaker is open after too many recent failures. */
public class CircuitOpenException extends UnipileTransportException {
    private static final long serialVersionUID = 1L;

    public CircuitOpenException(String message) {
        super(message, false, null);
    }
}
