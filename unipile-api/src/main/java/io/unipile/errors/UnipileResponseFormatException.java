package io.unipile.errors;

/**
 * A successful status came with a body that is not what the API promises: an HTML page from a proxy, truncated
 * JSON, wrong types. Carries the status and a short excerpt of the body.
 */
public class UnipileResponseFormatException extends UnipileException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String method;
    private final String path;
    private final String bodyExcerpt;

    public UnipileResponseFormatException(String method, String path, int statusCode, String problem,
                                          String bodyExcerpt, Throwable cause) {
        super(method + " " + path + " returned HTTP " + statusCode + " with an unexpected body: " + problem
                + (bodyExcerpt.isEmpty() ? " (empty body)" : "; body: " + bodyExcerpt), cause);
        this.statusCode = statusCode;
        this.method = method;
        this.path = path;
        this.bodyExcerpt = bodyExcerpt;
    }

    /** The HTTP status code of the reply. */
    public int statusCode() {
        return statusCode;
    }

    /** The HTTP method of the request. */
    public String method() {
        return method;
    }

    /** The request path, without query. */
    public String path() {
        return path;
    }

    /** The first characters of the body. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
