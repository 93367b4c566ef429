package io.unipile.messages;

import io.unipile.internal.Check;

import java.time.Instant;

/**
 * Parameters of {@code GET /api/v1/messages} (every message) and, without {@code accountId}, of
 * {@code GET /api/v1/chats/{chat_id}/messages} (the messages of one chat). All optional.
 *
 * @param before    only messages before this instant (exclusive), or {@code null}
 * @param after     only messages after this instant (exclusive), or {@code null}
 * @param limit     items per page, 1 to 250, or {@code null} for the server's default
 * @param senderId  only messages from this sender, or {@code null}
 * @param accountId only messages of this account (not taken by the per-chat list), or {@code null}
 * @param cursor    where to continue, or {@code null} for the first page
 */
public record ListMessagesRequest(Instant before, Instant after, Integer limit, String senderId, String accountId,
                                  String cursor) {

    public ListMessagesRequest {
        Check.range("limit", limit, 1, 250);
        Check.nullOrNotBlank("senderId", senderId);
        Check.nullOrNotBlank("accountId", accountId);
        Check.nullOrNotBlank("cursor", cursor);
        if (before != null && after != null && !after.isBefore(before)) {
            throw new IllegalArgumentException("after must be earlier than before");
        }
    }

    /** No filter, first page, server's default size. */
    public static ListMessagesRequest all() {
        return builder().build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy at another cursor. */
    public ListMessagesRequest withCursor(String cursor) {
        return new ListMessagesRequest(before, after, limit, senderId, accountId, cursor);
    }

    /** Builds a {@link ListMessagesRequest}. */
    public static final class Builder {
        private Instant before;
        private Instant after;
        private Integer limit;
        private String senderId;
        private String accountId;
        private String cursor;

        private Builder() {
        }

        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder senderId(String senderId) {
            this.senderId = senderId;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public ListMessagesRequest build() {
            return new ListMessagesRequest(before, after, limit, senderId, accountId, cursor);
        }
    }
}
