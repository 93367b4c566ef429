package io.unipile.errors;

/** The base of every exception this library throws for a failed call. Unchecked. */
public class UnipileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnipileException(String message) {
        super(message);
    }

    public UnipileException(String message, Throwable cause) {
        super(message, cause);
    }
}
