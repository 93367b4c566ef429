package io.unipile.posts;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/posts/{post_id}/comments}: the account to read through, paging, and the comment whose
 * replies to list instead of the post's. Build with {@link #builder(String)}; the range of {@code limit} and the
 * blank check of {@code cursor} are applied when the call is made, before anything is sent.
 */
public final class ListPostCommentsRequest {
    private final String accountId;
    private final Integer limit;
    private final String cursor;
    private final String commentId;

    private ListPostCommentsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.limit = b.limit;
        this.cursor = b.cursor;
        this.commentId = Check.nullOrNotBlank("commentId", b.commentId);
    }

    /** The first page, of the server's default size, read through this account. */
    public static ListPostCommentsRequest of(String accountId) {
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
        return new Builder().accountId(accountId).limit(limit).cursor(cursor).commentId(commentId);
    }

    /** {@code account_id}: the account to read through. */
    public String accountId() {
        return accountId;
    }

    /** {@code limit}: items per page, 1 to 100; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    /** {@code comment_id}: list the replies of this comment instead of the post's; {@code null} for the post. */
    public String commentId() {
        return commentId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListPostCommentsRequest r && accountId.equals(r.accountId) && Objects.equals(limit, r.limit)
                && Objects.equals(cursor, r.cursor) && Objects.equals(commentId, r.commentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, limit, cursor, commentId);
    }

    @Override
    public String toString() {
        return "ListPostCommentsRequest[accountId=" + accountId + ", limit=" + limit + ", cursor=" + cursor
                + ", commentId=" + commentId + "]";
    }

    /** Builds a {@link ListPostCommentsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private Integer limit;
        private String cursor;
        private String commentId;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code limit}: items per page, 1 to 100. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** {@code comment_id}: the comment whose replies to list. */
        public Builder commentId(String commentId) {
            this.commentId = commentId;
            return this;
        }

        /** The request; fails naming the field that is missing or blank. */
        public ListPostCommentsRequest build() {
            return new ListPostCommentsRequest(this);
        }
    }
}
