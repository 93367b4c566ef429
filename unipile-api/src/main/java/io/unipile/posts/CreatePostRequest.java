package io.unipile.posts;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /api/v1/posts} (multipart): the account that posts, the text, files streamed as
 * {@code attachments}, and LinkedIn's mentions, link card and organization, or Instagram's location. Build with
 * {@link #builder(String, String)}; {@link Builder#build()} checks the fields, before anything is sent.
 */
public final class CreatePostRequest {
    private final String accountId;
    private final String text;
    private final List<FileInput> attachments;
    private final List<Mention> mentions;
    private final String externalLink;
    private final String asOrganization;
    private final String location;

    private CreatePostRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.text = Check.notBlank("text", b.text);
        this.attachments = Check.noNullElements("attachments", b.attachments);
        this.mentions = Check.noNullElements("mentions", b.mentions);
        this.externalLink = PostChecks.link("externalLink", b.externalLink);
        this.asOrganization = Check.nullOrNotBlank("asOrganization", b.asOrganization);
        this.location = b.location;
    }

    /** A text post from this account. */
    public static CreatePostRequest of(String accountId, String text) {
        return builder(accountId, text).build();
    }

    /** A builder for a post of {@code text} from this account. */
    public static Builder builder(String accountId, String text) {
        return new Builder().accountId(accountId).text(text);
    }

    /** An empty builder; {@code accountId} and {@code text} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).text(text).attachments(attachments).mentions(mentions)
                .externalLink(externalLink).asOrganization(asOrganization).location(location);
    }

    /** {@code account_id}: the account that posts. */
    public String accountId() {
        return accountId;
    }

    /** {@code text}: the post; LinkedIn mentions appear as {@code {{index}}}, Instagram ones as {@code @name}. */
    public String text() {
        return text;
    }

    /** {@code attachments}: files posted with the text, streamed; possibly empty. Immutable. */
    public List<FileInput> attachments() {
        return attachments;
    }

    /** {@code mentions} (LinkedIn): the people and companies the text refers to by index. Immutable. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** {@code external_link} (LinkedIn): a link shown as a card, or {@code null}. */
    public String externalLink() {
        return externalLink;
    }

    /** {@code as_organization} (LinkedIn): the organization to post as, or {@code null} for the account's user. */
    public String asOrganization() {
        return asOrganization;
    }

    /** {@code location} (Instagram): the place to tag, or {@code null}. */
    public String location() {
        return location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreatePostRequest r && accountId.equals(r.accountId) && text.equals(r.text)
                && attachments.equals(r.attachments) && mentions.equals(r.mentions)
                && Objects.equals(externalLink, r.externalLink) && Objects.equals(asOrganization, r.asOrganization)
                && Objects.equals(location, r.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, text, attachments, mentions, externalLink, asOrganization, location);
    }

    @Override
    public String toString() {
        return "CreatePostRequest[accountId=" + accountId + ", text=" + text + ", attachments=" + attachments
                + ", mentions=" + mentions + ", externalLink=" + externalLink + ", asOrganization=" + asOrganization
                + ", location=" + location + "]";
    }

    /** Builds a {@link CreatePostRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String text;
        private final List<FileInput> attachments = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private String externalLink;
        private String asOrganization;
        private String location;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code text} (required). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Adds a file to {@code attachments}. */
        public Builder addAttachment(FileInput file) {
            attachments.add(file);
            return this;
        }

        /** {@code attachments}: replaces the files; {@code null} clears them. */
        public Builder attachments(List<FileInput> files) {
            attachments.clear();
            if (files != null) {
                attachments.addAll(files);
            }
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

        /** {@code location}: the place to tag. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public CreatePostRequest build() {
            return new CreatePostRequest(this);
        }
    }
}
