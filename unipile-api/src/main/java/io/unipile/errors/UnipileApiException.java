package io.unipile.errors;

import java.util.Optional;

/**
 * The server answered with an error status. Carries Unipile's error body: {@code type} such as
 * {@code errors/invalid_parameters}, {@code title}, {@code detail}, {@code instance}; and the request's method and
 * path (never the API key).
 *
 * <p>When the error body is not Unipile's JSON (an HTML page from a proxy, say), {@link #type()} is empty and
 * {@link #bodyExcerpt()} shows the start of what came back.
 */
public class UnipileApiException extends UnipileException {
    private static final long serialVersionUID = 1L;

    private final ErrorDetails details;

    public UnipileApiException(ErrorDetails details) {
        super(details.describe());
        this.details = details;
    }

    /** The HTTP status code. */
    public int statusCode() {
        return details.statusCode();
    }

    /** Unipile's error type, such as {@code errors/invalid_parameters}; empty when the body did not carry one. */
    public Optional<String> type() {
        return Optional.ofNullable(details.type());
    }

    /** The error code: the type without its {@code errors/} prefix, such as {@code invalid_parameters}. */
    public Optional<String> errorCode() {
        return type().map(t -> t.startsWith("errors/") ? t.substring("errors/".length()) : t);
    }

    /** Unipile's short summary of the error. */
    public Optional<String> title() {
        return Optional.ofNullable(details.title());
    }

    /** Unipile's explanation, if given. */
    public Optional<String> detail() {
        return Optional.ofNullable(details.detail());
    }

    /** Unipile's reference to this occurrence, if given. */
    public Optional<String> instance() {
        return Optional.ofNullable(details.instance());
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return details.method();
    }

    /** The path of the failed request, without query. */
    public String path() {
        return details.path();
    }

    /** The first characters of the response body, for diagnosis. */
    public String bodyExcerpt() {
        return details.bodyExcerpt();
    }

    /** Everything known about the error. */
    public ErrorDetails details() {
        return details;
    }
}
