package io.unipile.attendees;

import io.unipile.internal.Check;

/**
 * Parameters of {@code GET /api/v1/chat_attendees}. All optional.
 *
 * @param accountId only attendees of this account, or {@code null}
 * @param limit     items per page, 1 to 250, or {@code null} for the server's default
 * @param cursor    where to continue, or {@code null} for the first page
 */
public record ListAttendeesRequest(String accountId, Integer limit, String cursor) {

    public ListAttendeesRequest {
        Check.nullOrNotBlank("accountId", accountId);
        Check.range("limit", limit, 1, 250);
        Check.nullOrNotBlank("cursor", cursor);
    }

    /** Every attendee, first page, server's default size. */
    public static ListAttendeesRequest all() {
        return new ListAttendeesRequest(null, null, null);
    }

    /** A copy at another cursor. */
    public ListAttendeesRequest withCursor(String cursor) {
        return new ListAttendeesRequest(accountId, limit, cursor);
    }
}
