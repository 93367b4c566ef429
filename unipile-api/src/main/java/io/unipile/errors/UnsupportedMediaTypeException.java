package io.unipile.errors;

/** A file's media type is not supported (HTTP 415). */
public class UnsupportedMediaTypeException extends UnipileApiException {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(ErrorDetails details) {
        super(details);
    }
}
