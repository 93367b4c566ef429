package io.unipile.attendees;

import java.time.Instant;
import java.util.Objects;

/**
 * Query of {@code GET /api/v1/chat_attendees/{attendee_id}/chats} (the one-to-one chats of an attendee) and of
 * {@code GET /api/v1/chat_attendees/{sender_id}/messages} (the messages of an attendee). All optional; build with
 * {@link #builder()}. {@link Builder#build()} checks that {@code after} is earlier than {@code before}; the range of
 * {@code limit} and the blank checks of {@code account_id} and {@code cursor} are applied when the call is made,
 * before anything is sent.
 */
public final class ListByAttendeeRequest {
    private final String cursor;
    private final Instant before;
    private final Instant after;
    private final Integer limit;
    private final String accountId;

    private ListByAttendeeRequest(Builder b) {
        if (b.before != null && b.after != null && !b.after.isBefore(b.before)) {
            throw new IllegalArgumentException("after must be earlier than before");
        }
        this.cursor = b.cursor;
        this.before = b.before;
        this.after = b.after;
        this.limit = b.limit;
        this.accountId = b.accountId;
    }

    /** An empty builder: no filter, first page, of the server's default size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().cursor(cursor).before(before).after(after).limit(limit).accountId(accountId);
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    /** {@code before}: only items created before this instant (exclusive), or {@code null}. */
    public Instant before() {
        return before;
    }

    /** {@code after}: only items created after this instant (exclusive), or {@code null}. */
    public Instant after() {
        return after;
    }

    /** {@code limit}: items per page, 1 to 250; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code account_id}: only items of this Unipile account (or of these, separated by commas), or {@code null}. */
    public String accountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListByAttendeeRequest r && Objects.equals(cursor, r.cursor)
                && Objects.equals(before, r.before) && Objects.equals(after, r.after)
                && Objects.equals(limit, r.limit) && Objects.equals(accountId, r.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cursor, before, after, limit, accountId);
    }

    @Override
    public String toString() {
        return "ListByAttendeeRequest[cursor=" + cursor + ", before=" + before + ", after=" + after + ", limit="
                + limit + ", accountId=" + accountId + "]";
    }

    /** Builds a {@link ListByAttendeeRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String cursor;
        private Instant before;
        private Instant after;
        private Integer limit;
        private String accountId;

        private Builder() {
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** {@code before}: only items created before this instant (exclusive); must be later than {@code after}. */
        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        /** {@code after}: only items created after this instant (exclusive); must be earlier than {@code before}. */
        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        /** {@code limit}: items per page, 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code account_id}: only items of this Unipile account, or of these ids separated by commas. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** The request; fails if {@code after} is not earlier than {@code before}. */
        public ListByAttendeeRequest build() {
            return new ListByAttendeeRequest(this);
        }
    }
}
