package io.unipile.calendars;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/calendars}: the account whose calendars to list, and paging. A provider pages either
 * by {@code cursor} (the previous page's {@code next_cursor}) or by {@code offset}.
 */
public final class ListCalendarsRequest {
    private final String accountId;
    private final String cursor;
    private final Integer offset;
    private final Integer limit;

    private ListCalendarsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.cursor = Check.nullOrNotBlank("cursor", b.cursor);
        this.offset = CalendarChecks.offset(b.offset);
        this.limit = CalendarChecks.limit(b.limit);
    }

    /** The first page of this account's calendars. */
    public static ListCalendarsRequest of(String accountId) {
        return builder(accountId).build();
    }

    /** A builder for this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).cursor(cursor).offset(offset).limit(limit);
    }

    /** {@code account_id}: the account to use. */
    public String accountId() {
        return accountId;
    }

    /** {@code cursor}: the previous page's {@code next_cursor}; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    /** {@code offset}: how many items to skip, for providers that page by offset; {@code null} for none. */
    public Integer offset() {
        return offset;
    }

    /** {@code limit}: items per page, at least 1; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListCalendarsRequest r && accountId.equals(r.accountId) && Objects.equals(cursor, r.cursor)
                && Objects.equals(offset, r.offset) && Objects.equals(limit, r.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, cursor, offset, limit);
    }

    @Override
    public String toString() {
        return "ListCalendarsRequest[accountId=" + accountId + ", cursor=" + cursor + ", offset=" + offset
                + ", limit=" + limit + "]";
    }

    /** Builds a {@link ListCalendarsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String cursor;
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code cursor}: the {@code next_cursor} of a previous page. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** {@code offset}: items to skip, 0 or more. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** {@code limit}: items per page, at least 1. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The request; fails naming the field that is missing or out of range. */
        public ListCalendarsRequest build() {
            return new ListCalendarsRequest(this);
        }
    }
}
