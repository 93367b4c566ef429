package io.unipile.messages;

import java.time.Instant;
import java.util.Objects;

/**
 * Query of {@code GET /api/v1/messages} (every message) and, without {@code accountId}, of
 * {@code GET /api/v1/chats/{chat_id}/messages} (the messages of one chat). All optional; build with
 * {@link #builder()}. {@link Builder#build()} checks that {@code after} is earlier than {@code before}; the range of
 * {@code limit} and the blank checks of the ids and {@code cursor} are applied when the call is made, before
 * anything is sent.
 */
public final class ListMessagesRequest {
    private final Instant before;
    private final Instant after;
    private final Integer limit;
    private final String senderId;
    private final String accountId;
    private final String cursor;

    private ListMessagesRequest(Builder b) {
        if (b.before != null && b.after != null && !b.after.isBefore(b.before)) {
            throw new IllegalArgumentException("after must be earlier than before");
        }
        this.before = b.before;
        this.after = b.after;
        this.limit = b.limit;
        this.senderId = b.senderId;
        this.accountId = b.accountId;
        this.cursor = b.cursor;
    }

    /** An empty builder: no filter, first page, of the server's default size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().before(before).after(after).limit(limit).senderId(senderId).accountId(accountId)
                .cursor(cursor);
    }

    /** {@code before}: only messages created before this instant (exclusive), or {@code null}. */
    public Instant before() {
        return before;
    }

    /** {@code after}: only messages created after this instant (exclusive), or {@code null}. */
    public Instant after() {
        return after;
    }

    /** {@code limit}: items per page, 1 to 250; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code sender_id}: only messages received from this sender, or {@code null}. */
    public String senderId() {
        return senderId;
    }

    /**
     * {@code account_id}: only messages received in this linked account, or {@code null}. Not taken by the list of
     * one chat's messages.
     */
    public String accountId() {
        return accountId;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListMessagesRequest r && Objects.equals(before, r.before) && Objects.equals(after, r.after)
                && Objects.equals(limit, r.limit) && Objects.equals(senderId, r.senderId)
                && Objects.equals(accountId, r.accountId) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(before, after, limit, senderId, accountId, cursor);
    }

    @Override
    public String toString() {
        return "ListMessagesRequest[before=" + before + ", after=" + after + ", limit=" + limit + ", senderId="
                + senderId + ", accountId=" + accountId + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListMessagesRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private Instant before;
        private Instant after;
        private Integer limit;
        private String senderId;
        private String accountId;
        private String cursor;

        private Builder() {
        }

        /** {@code before}: only messages created before this instant (exclusive); must be later than {@code after}. */
        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        /** {@code after}: only messages created after this instant (exclusive); must be earlier than {@code before}. */
        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        /** {@code limit}: items per page, 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code sender_id}: only messages received from this sender. */
        public Builder senderId(String senderId) {
            this.senderId = senderId;
            return this;
        }

        /** {@code account_id}: only messages of this linked account; leave unset for the messages of one chat. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** The request; fails if {@code after} is not earlier than {@code before}. */
        public ListMessagesRequest build() {
            return new ListMessagesRequest(this);
        }
    }
}
