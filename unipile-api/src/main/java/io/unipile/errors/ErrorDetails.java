package io.unipile.errors;

/**
 * What is known of a failed call: the request's method and path, the status, Unipile's error fields (any of which
 * may be {@code null}) and an excerpt of the body.
 *
 * @param method      HTTP method
 * @param path        request path without query
 * @param statusCode  HTTP status
 * @param type        Unipile's {@code type}, e.g. {@code errors/resource_not_found}, or {@code null}
 * @param title       Unipile's {@code title}, or {@code null}
 * @param detail      Unipile's {@code detail}, or {@code null}
 * @param instance    Unipile's {@code instance}, or {@code null}
 * @param bodyExcerpt the start of the body, never {@code null}
 */
public record ErrorDetails(String method, String path, int statusCode, String type, String title, String detail,
                           String instance, String bodyExcerpt) {

    public ErrorDetails {
        bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    }

    String describe() {
        StringBuilder sb = new StringBuilder().append(method).append(' ').append(path).append(" failed with HTTP ")
                .append(statusCode);
        if (type != null) {
            sb.append(" (").append(type).append(')');
        }
        if (title != null) {
            sb.append(": ").append(title);
        }
        if (detail != null) {
            sb.append(" - ").append(detail);
        }
        if (type == null && !bodyExcerpt.isEmpty()) {
            sb.append("; body: ").append(bodyExcerpt);
        }
        if (isOutcomeUnknown()) {
            sb.append("; the outcome is unknown: the server may have acted on it, and it was not re-sent");
        }
        return sb.toString();
    }

    /**
     * Whether a write failed in a way that leaves its effect unknown: a POST or PATCH answered with 500, 502, 503
     * or 504 may have been processed (a message may have been sent), and it is never repeated automatically.
     */
    public boolean isOutcomeUnknown() {
        boolean write = "POST".equals(method) || "PATCH".equals(method);
        return write && (statusCode == 500 || statusCode == 502 || statusCode == 503 || statusCode == 504);
    }
}
