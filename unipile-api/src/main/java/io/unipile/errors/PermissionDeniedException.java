package io.unipile.errors;

/** The account may not do this (HTTP 403), e.g. {@code errors/insufficient_permissions}. */
public class PermissionDeniedException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(ErrorDetails details) {
        super(details);
    }
}
