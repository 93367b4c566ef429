package io.unipile.users;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/users/followers} and {@code GET /api/v1/users/following}: whose followers (or followed
 * accounts) to list, through which account. The spec requires both ids (it labels {@code user_id} "Instagram only");
 * on LinkedIn, pass the account's own provider id for its own lists. Build with {@link #builder(String, String)};
 * the range of {@code limit} and the blank check of {@code cursor} are applied when the call is made.
 */
public final class ListFollowsRequest {
    private final String accountId;
    private final String userId;
    private final Integer limit;
    private final String cursor;

    private ListFollowsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.userId = Check.notBlank("userId", b.userId);
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** The first page of the lists of {@code userId}, through {@code accountId}. */
    public static ListFollowsRequest of(String accountId, String userId) {
        return builder(accountId, userId).build();
    }

    /** A builder for the lists of {@code userId} (a provider id or, on Instagram, a user name). */
    public static Builder builder(String accountId, String userId) {
        return new Builder().accountId(accountId).userId(userId);
    }

    /** An empty builder; {@code accountId} and {@code userId} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).userId(userId).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: the account to read through. */
    public String accountId() {
        return accountId;
    }

    /** {@code user_id}: whose lists to read, a provider id or (Instagram) a user name. */
    public String userId() {
        return userId;
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
        return o instanceof ListFollowsRequest r && accountId.equals(r.accountId) && userId.equals(r.userId)
                && Objects.equals(limit, r.limit) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, userId, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListFollowsRequest[accountId=" + accountId + ", userId=" + userId + ", limit=" + limit
                + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListFollowsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String userId;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code user_id} (required): whose lists to read. */
        public Builder userId(String userId) {
            this.userId = userId;
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

        /** The request; fails naming {@code accountId} or {@code userId} when missing. */
        public ListFollowsRequest build() {
            return new ListFollowsRequest(this);
        }
    }
}
