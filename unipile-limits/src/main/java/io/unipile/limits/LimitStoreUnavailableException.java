package io.unipile.limits;

import io.unipile.errors.UnipileException;

/**
 * A call refused because the {@link LimitStore} did not answer (Redis down or slow) and the guard fails closed
 * ({@link StoreFailureMode#FAIL_CLOSED}, the default). Nothing was sent.
 */
public class LimitStoreUnavailableException extends UnipileException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened
     * @param cause   the store's failure
     */
    public LimitStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
