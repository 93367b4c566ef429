package io.unipile.errors;

/** Unipile or the provider failed (HTTP 5xx), e.g. {@code errors/provider_error}; see {@link #statusCode()}. */
public class ServerException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public ServerException(ErrorDetails details) {
        super(details);
    }
}
