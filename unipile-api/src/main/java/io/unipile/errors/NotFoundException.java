package io.unipile.errors;

/** The resource does not exist (HTTP 404), e.g. {@code errors/resource_not_found}. */
public class NotFoundException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}
