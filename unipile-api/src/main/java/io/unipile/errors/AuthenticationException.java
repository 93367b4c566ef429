package io.unipile.errors;

/** The API key or the account's credentials were refused (HTTP 401), e.g. {@code errors/invalid_credentials}. */
public class AuthenticationException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorDetails details) {
        super(details);
    }
}
