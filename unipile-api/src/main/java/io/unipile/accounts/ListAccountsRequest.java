package io.unipile.accounts;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/accounts}. All optional; build with {@link #builder()}. The range of {@code limit}
 * and the blank check of {@code cursor} are applied when the call is made, before anything is sent.
 */
public final class ListAccountsRequest {

    /** The largest page the API serves. */
    public static final int MAX_LIMIT = 250;

    private final String cursor;
    private final Integer limit;

    private ListAccountsRequest(Builder b) {
        this.cursor = b.cursor;
        this.limit = b.limit;
    }

    /** An empty builder: the first page, of the server's default size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().cursor(cursor).limit(limit);
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    /** {@code limit}: items per page, 1 to {@value #MAX_LIMIT}; {@code null} for the server's default (100). */
    public Integer limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListAccountsRequest r && Objects.equals(cursor, r.cursor) && Objects.equals(limit, r.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cursor, limit);
    }

    @Override
    public String toString() {
        return "ListAccountsRequest[cursor=" + cursor + ", limit=" + limit + "]";
    }

    /** Builds a {@link ListAccountsRequest}. */
    public static final class Builder {
        private String cursor;
        private Integer limit;

        private Builder() {
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** {@code limit}: items per page, 1 to {@value ListAccountsRequest#MAX_LIMIT}. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public ListAccountsRequest build() {
            return new ListAccountsRequest(this);
        }
    }
}
