package io.unipile.posts;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Body of {@code POST /api/v1/posts/reaction}: the account that reacts, the post (LinkedIn: its social id), the
 * comment when reacting to one, the reaction ({@code like} when not given) and, on LinkedIn, the organization to
 * react as. Build with {@link #builder(String, String)}; {@link Builder#build()} checks the fields.
 */
public final class ReactToPostRequest {
    private final String accountId;
    private final String postId;
    private final String commentId;
    private final ReactionKind reactionType;
    private final String asOrganization;

    private ReactToPostRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.postId = Check.notBlank("postId", b.postId);
        this.commentId = Check.nullOrNotBlank("commentId", b.commentId);
        this.reactionType = b.reactionType;
        this.asOrganization = Check.nullOrNotBlank("asOrganization", b.asOrganization);
    }

    /** The server's default reaction (a like) to a post. */
    public static ReactToPostRequest of(String accountId, String postId) {
        return builder(accountId, postId).build();
    }

    /** A reaction to a post. */
    public static ReactToPostRequest of(String accountId, String postId, ReactionKind reaction) {
        return builder(accountId, postId).reactionType(reaction).build();
    }

    /** A builder for a reaction of this account to a post. */
    public static Builder builder(String accountId, String postId) {
        return new Builder().accountId(accountId).postId(postId);
    }

    /** An empty builder; {@code accountId} and {@code postId} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).postId(postId).commentId(commentId).reactionType(reactionType)
                .asOrganization(asOrganization);
    }

    /** {@code account_id}: the account that reacts. */
    public String accountId() {
        return accountId;
    }

    /** {@code post_id}: the post (LinkedIn: its social id; Instagram: its provider id). */
    public String postId() {
        return postId;
    }

    /** {@code comment_id}: the comment of the post to react to, or {@code null} to react to the post. */
    public String commentId() {
        return commentId;
    }

    /** {@code reaction_type}, or {@code null} for the server's default, {@link ReactionKind#LIKE}. */
    public ReactionKind reactionType() {
        return reactionType;
    }

    /** {@code as_organization} (LinkedIn): the organization to react as, or {@code null}. */
    public String asOrganization() {
        return asOrganization;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReactToPostRequest r && accountId.equals(r.accountId) && postId.equals(r.postId)
                && Objects.equals(commentId, r.commentId) && Objects.equals(reactionType, r.reactionType)
                && Objects.equals(asOrganization, r.asOrganization);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, postId, commentId, reactionType, asOrganization);
    }

    @Override
    public String toString() {
        return "ReactToPostRequest[accountId=" + accountId + ", postId=" + postId + ", commentId=" + commentId
                + ", reactionType=" + reactionType + ", asOrganization=" + asOrganization + "]";
    }

    /** Builds a {@link ReactToPostRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String postId;
        private String commentId;
        private ReactionKind reactionType;
        private String asOrganization;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code post_id} (required). */
        public Builder postId(String postId) {
            this.postId = postId;
            return this;
        }

        /** {@code comment_id}: react to this comment of the post instead. */
        public Builder commentId(String commentId) {
            this.commentId = commentId;
            return this;
        }

        /** {@code reaction_type}. */
        public Builder reactionType(ReactionKind reactionType) {
            this.reactionType = reactionType;
            return this;
        }

        /** {@code as_organization}: the id of an organization the account manages. */
        public Builder asOrganization(String asOrganization) {
            this.asOrganization = asOrganization;
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public ReactToPostRequest build() {
            return new ReactToPostRequest(this);
        }
    }
}
