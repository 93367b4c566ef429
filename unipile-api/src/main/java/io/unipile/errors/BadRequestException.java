package io.unipile.errors;

/** The request was rejected as invalid (HTTP 400), e.g. {@code errors/invalid_parameters}. */
public class BadRequestException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(ErrorDetails details) {
        super(details);
    }
}
