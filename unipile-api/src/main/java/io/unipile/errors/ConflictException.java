package io.unipile.errors;

/** The request conflicts with the current state (HTTP 409), e.g. {@code errors/already_exists}. */
public class ConflictException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(ErrorDetails details) {
        super(details);
    }
}
