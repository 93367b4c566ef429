package io.unipile.webhooks;

import io.unipile.internal.Check;

/**
 * Parameters of {@code GET /api/v1/webhooks}.
 *
 * @param limit  items per page, 1 to 250, or {@code null} for the server's default
 * @param cursor where to continue, or {@code null} for the first page
 */
public record ListWebhooksRequest(Integer limit, String cursor) {

    public ListWebhooksRequest {
        Check.range("limit", limit, 1, 250);
        Check.nullOrNotBlank("cursor", cursor);
    }

    /** The first page, server's default size. */
    public static ListWebhooksRequest all() {
        return new ListWebhooksRequest(null, null);
    }

    /** A copy at another cursor. */
    public ListWebhooksRequest withCursor(String cursor) {
        return new ListWebhooksRequest(limit, cursor);
    }
}
