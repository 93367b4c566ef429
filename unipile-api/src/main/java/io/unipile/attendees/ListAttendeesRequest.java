package io.unipile.attendees;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/chat_attendees}. All optional; build with {@link #builder()}. The range of
 * {@code limit} and the blank checks of {@code account_id} and {@code cursor} are applied when the call is made,
 * before anything is sent.
 */
public final class ListAttendeesRequest {
    private final String accountId;
    private final Integer limit;
    private final String cursor;

    private ListAttendeesRequest(Builder b) {
        this.accountId = b.accountId;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** An empty builder: every attendee, first page, of the server's default size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: only attendees of this linked account, or {@code null} for all. */
    public String accountId() {
        return accountId;
    }

    /** {@code limit}: items per page, 1 to 250; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListAttendeesRequest r && Objects.equals(accountId, r.accountId)
                && Objects.equals(limit, r.limit) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListAttendeesRequest[accountId=" + accountId + ", limit=" + limit + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListAttendeesRequest}. */
    public static final class Builder {
        private String accountId;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id}: only attendees of this linked account. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code limit}: items per page, 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public ListAttendeesRequest build() {
            return new ListAttendeesRequest(this);
        }
    }
}
