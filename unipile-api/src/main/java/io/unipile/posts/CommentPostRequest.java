package io.unipile.posts;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /api/v1/posts/{post_id}/comments}: the account that comments, the text (at most 1250
 * characters), LinkedIn's mentions, link card and organization, and the comment to reply to, if any. Build with
 * {@link #builder(String, String)}; {@link Builder#build()} checks the fields, before anything is sent.
 */
public final class CommentPostRequest {
    /** The longest text the spec allows. */
    public static final int MAX_TEXT = 1250;

    private final String accountId;
    private final String text;
    private final List<Mention> mentions;
    private final String externalLink;
    private final String asOrganization;
    private final String commentId;

    private CommentPostRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.text = Check.notBlank("text", b.text);
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters but has "
                    + text.length());
        }
        this.mentions = Check.noNullElements("mentions", b.mentions);
        this.externalLink = PostChecks.link("externalLink", b.externalLink);
        this.asOrganization = Check.nullOrNotBlank("asOrganization", b.asOrganization);
        this.commentId = Check.nullOrNotBlank("commentId", b.commentId);
    }

    /** A comment of {@code text} from this account. */
    public static CommentPostRequest of(String accountId, String text) {
        return builder(accountId, text).build();
    }

    /** A builder for a comment of {@code text} from this account. */
    public static Builder builder(String accountId, String text) {
        return new Builder().accountId(accountId).text(text);
    }

    /** An empty builder; {@code accountId} and {@code text} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).text(text).mentions(mentions).externalLink(externalLink)
                .asOrganization(asOrganization).commentId(commentId);
    }

    /** {@code account_id}: the account that comments. */
    public String accountId() {
        return accountId;
    }

    /** {@code text}: the comment; LinkedIn mentions appear as {@code {{index}}}, Instagram ones as {@code @name}. */
    public String text() {
        return text;
    }

    /** {@code mentions} (LinkedIn): the people and companies the text refers to by index. Immutable. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** {@code external_link} (LinkedIn): a link shown as a card, or {@code null}. */
    public String externalLink() {
        return externalLink;
    }

    /** {@code as_organization} (LinkedIn): the organization to comment as, or {@code null}. */
    public String asOrganization() {
        return asOrganization;
    }

    /** {@code comment_id}: the comment this one replies to, or {@code null} to comment the post. */
    public String commentId() {
        return commentId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommentPostRequest r && accountId.equals(r.accountId) && text.equals(r.text)
                && mentions.equals(r.mentions) && Objects.equals(externalLink, r.externalLink)
                && Objects.equals(asOrganization, r.asOrganization) && Objects.equals(commentId, r.commentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, text, mentions, externalLink, asOrganization, commentId);
    }

    @Override
    public String toString() {
        return "CommentPostRequest[accountId=" + accountId + ", text=" + text + ", mentions=" + mentions
                + ", externalLink=" + externalLink + ", asOrganization=" + asOrganization
                + ", commentId=" + commentId + "]";
    }

    /** Builds a {@link CommentPostRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String text;
        private final List<Mention> mentions = new ArrayList<>();
        private String externalLink;
        private String asOrganization;
        private String commentId;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code text} (required), at most 1250 characters. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Adds a mention; the text refers to it as {@code {{index}}}, the index counting from 0. */
        public Builder addMention(Mention mention) {
            mentions.add(mention);
            return this;
        }

        /** {@code mentions}: replaces the mentions; {@code null} clears them. */
        public Builder mentions(List<Mention> mentions) {
            this.mentions.clear();
            if (mentions != null) {
                this.mentions.addAll(mentions);
            }
            return this;
        }

        /** {@code external_link}: an {@code http://} or {@code https://} URL. */
        public Builder externalLink(String externalLink) {
            this.externalLink = externalLink;
            return this;
        }

        /** {@code as_organization}: the id of an organization the account manages. */
        public Builder asOrganization(String asOrganization) {
            this.asOrganization = asOrganization;
            return this;
        }

        /** {@code comment_id}: the comment to reply to. */
        public Builder commentId(String commentId) {
            this.commentId = commentId;
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public CommentPostRequest build() {
            return new CommentPostRequest(this);
        }
    }
}
