package io.unipile.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.errors.AuthenticationException;
import io.unipile.errors.BadRequestException;
import io.unipile.errors.ConflictException;
import io.unipile.errors.ErrorDetails;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.errors.UnsupportedMediaTypeException;

import java.io.IOException;
import java.time.Clock;

/** Turns an error response into the exception for its status, with Unipile's error fields when the body has them. */
public final class ErrorMapper {
    private ErrorMapper() {
    }

    /**
     * @param body       at most {@link BodyExcerpt#MAX_ERROR_BODY_BYTES} of the body
     * @param retryAfter the {@code Retry-After} header or null
     * @param redactor   keeps the client's key out of every field and the excerpt
     */
    public static UnipileApiException toException(String method, String path, int status, byte[] body,
                                                  String retryAfter, Clock clock, Redactor redactor) {
        String type = null;
        String title = null;
        String detail = null;
        String instance = null;
        try {
            JsonNode node = body.length == 0 ? null : Json.mapper().readTree(body);
            if (node != null && node.isObject()) {
                type = redactor.apply(text(node, "type"));
                title = redactor.apply(text(node, "title"));
                detail = redactor.apply(text(node, "detail"));
                instance = redactor.apply(text(node, "instance"));
            }
        } catch (IOException notJson) {
            // An HTML page from a proxy or a truncated body: the status still classifies the error.
        }
        ErrorDetails d = new ErrorDetails(method, path, status, type, title, detail, instance,
                BodyExcerpt.of(body, body.length, redactor));
        return switch (status) {
            case 400 -> new BadRequestException(d);
            case 401 -> new AuthenticationException(d);
            case 403 -> new PermissionDeniedException(d);
            case 404 -> new NotFoundException(d);
            case 409 -> new ConflictException(d);
            case 415 -> new UnsupportedMediaTypeException(d);
            case 422 -> new UnprocessableEntityException(d);
            case 429 -> new RateLimitException(d, RetryAfter.parse(retryAfter, clock).orElse(null));
            default -> status >= 500 && status <= 599 ? new ServerException(d) : new UnipileApiException(d);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
