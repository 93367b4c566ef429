package io.unipile.testkit.admin;

/** An admin request refused: the HTTP status, a short code, the field at fault (or null) and why. */
final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String field;

    AdminError(int status, String error, String field, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    static AdminError missing(String field) {
        return new AdminError(400, "missing_field", field, field + " is required");
    }

    static AdminError invalid(String field, String message) {
        return new AdminError(400, "invalid_field", field, field + ": " + message);
    }

    static AdminError notFound(String field, String message) {
        return new AdminError(404, "not_found", field, message);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String field() {
        return field;
    }
}
