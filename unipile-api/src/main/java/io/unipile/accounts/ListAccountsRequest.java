package io.unipile.accounts;

import io.unipile.internal.Check;

/**
 * Parameters of {@code GET /api/v1/accounts}.
 *
 * @param cursor where to continue, from a previous page; {@code null} for the first page
 * @param limit  items per page, 1 to 250; {@code null} for the server's default (100)
 */
public record ListAccountsRequest(String cursor, Integer limit) {

    /** The largest page the API serves. */
    public static final int MAX_LIMIT = 250;

    public ListAccountsRequest {
        Check.nullOrNotBlank("cursor", cursor);
        Check.range("limit", limit, 1, MAX_LIMIT);
    }

    /** The first page with the server's default size. */
    public static ListAccountsRequest firstPage() {
        return new ListAccountsRequest(null, null);
    }

    /** A copy at another cursor. */
    public ListAccountsRequest withCursor(String cursor) {
        return new ListAccountsRequest(cursor, limit);
    }

    /** A copy with another page size. */
    public ListAccountsRequest withLimit(Integer limit) {
        return new ListAccountsRequest(cursor, limit);
    }
}
