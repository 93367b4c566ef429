package io.unipile.users;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/users/relations}. Build with {@link #builder(String)}; the range of {@code limit} and
 * the blank checks of {@code filter} and {@code cursor} are applied when the call is made, before anything is sent.
 */
public final class ListRelationsRequest {
    private final String accountId;
    private final String filter;
    private final Integer limit;
    private final String cursor;

    private ListRelationsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.filter = b.filter;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** Every relation of this account, first page, of the server's default size. */
    public static ListRelationsRequest of(String accountId) {
        return builder(accountId).build();
    }

    /** A builder for the relations of this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).filter(filter).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: the account whose relations to list. */
    public String accountId() {
        return accountId;
    }

    /** {@code filter}: only relations whose name matches, or {@code null}. */
    public String filter() {
        return filter;
    }

    /** {@code limit}: items per page, 1 to 1000; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListRelationsRequest r && accountId.equals(r.accountId) && Objects.equals(filter, r.filter)
                && Objects.equals(limit, r.limit) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, filter, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListRelationsRequest[accountId=" + accountId + ", filter=" + filter + ", limit=" + limit
                + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListRelationsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String filter;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code filter}: only relations whose name matches. */
        public Builder filter(String filter) {
            this.filter = filter;
            return this;
        }

        /** {@code limit}: items per page, 1 to 1000. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** The request; fails naming {@code accountId} when missing. */
        public ListRelationsRequest build() {
            return new ListRelationsRequest(this);
        }
    }
}
