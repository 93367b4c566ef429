package io.unipile.errors;

/** The provider refused the action (HTTP 422), e.g. {@code errors/user_unreachable}. */
public class UnprocessableEntityException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public UnprocessableEntityException(ErrorDetails details) {
        super(details);
    }
}
