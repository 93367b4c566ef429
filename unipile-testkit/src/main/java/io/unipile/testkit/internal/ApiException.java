package io.unipile.testkit.internal;

import java.util.Locale;

/**
 * A Unipile error reply decided while handling a request: status, {@code errors/<code>} type
 * and detail. Thrown inside the fake and turned into the common error body.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;

    public ApiException(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = "errors/" + code;
    }

    public static ApiException invalidParameters(String detail) {
        return new ApiException(400, "invalid_parameters", detail);
    }

    public static ApiException missingParameters(String detail) {
        return new ApiException(400, "missing_parameters", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "resource_not_found", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return titleOf(type);
    }

    public String detail() {
        return getMessage();
    }

    /** {@code errors/user_unreachable} becomes {@code User unreachable}, as Unipile's titles read. */
    public static String titleOf(String type) {
        String code = type.startsWith("errors/") ? type.substring("errors/".length()) : type;
        String words = code.replace('_', ' ');
        return words.isEmpty() ? "Error" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The type the fake uses for a status when a test scripts a fault without naming one. */
    public static String defaultTypeFor(int status) {
        switch (status) {
            case 400: return "errors/invalid_parameters";
            case 401: return "errors/invalid_credentials";
            case 403: return "errors/insufficient_permissions";
            case 404: return "errors/resource_not_found";
            case 407: return "errors/proxy_auth_error";
            case 408: return "errors/request_timeout";
            case 409: return "errors/already_exists";
            case 415: return "errors/unsupported_media_type";
            case 422: return "errors/unprocessable_entity";
            case 425: return "errors/auth_in_progress";
            case 429: return "errors/too_many_requests";
            case 501: return "errors/feature_not_implemented";
            case 502: return "errors/proxy_error";
            case 503: return "errors/service_unavailable";
            case 504: return "errors/request_timeout";
            default: return "errors/unexpected_error";
        }
    }
}
