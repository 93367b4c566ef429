package io.unipile.users;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.Objects;

/**
 * A link or a file shown with a position or a school ({@code experience[attachment][...]},
 * {@code education[attachment][...]}): {@link #link(String, String)} or {@link #media(String)}. Checked when built.
 */
public final class ProfileAttachment {
    private final String type;
    private final String title;
    private final String description;
    private final String url;
    private final FileInput thumbnail;
    private final FileInput file;

    private ProfileAttachment(Builder b) {
        this.type = b.type;
        this.title = Check.notBlank("attachment.title", b.title);
        this.description = b.description;
        this.url = b.type.equals("link") ? Check.notBlank("attachment.url", b.url) : null;
        this.thumbnail = b.thumbnail;
        this.file = b.file;
    }

    /** A link with a title; a description and a thumbnail may be added. */
    public static Builder link(String title, String url) {
        Builder b = new Builder("link");
        b.title = title;
        b.url = url;
        return b;
    }

    /** An image or a document (pdf, ppt, doc) with a title; add it with {@link Builder#file(FileInput)}. */
    public static Builder media(String title) {
        Builder b = new Builder("media");
        b.title = title;
        return b;
    }

    /** A builder holding every field of this attachment. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.title = title;
        b.url = url;
        return b.description(description).thumbnail(thumbnail).file(file);
    }

    /** {@code [type]}: {@code link} or {@code media}. */
    public String type() {
        return type;
    }

    /** {@code [title]}. */
    public String title() {
        return title;
    }

    /** {@code [description]}, or {@code null}. */
    public String description() {
        return description;
    }

    /** {@code [url]} of a link; {@code null} for media. */
    public String url() {
        return url;
    }

    /** {@code [thumbnail]}: a link's replacement image, or {@code null}. */
    public FileInput thumbnail() {
        return thumbnail;
    }

    /** {@code [file]}: the media's image or document, or {@code null}. */
    public FileInput file() {
        return file;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileAttachment a && type.equals(a.type) && title.equals(a.title)
                && Objects.equals(description, a.description) && Objects.equals(url, a.url)
                && Objects.equals(thumbnail, a.thumbnail) && Objects.equals(file, a.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, description, url, thumbnail, file);
    }

    @Override
    public String toString() {
        return "ProfileAttachment[type=" + type + ", title=" + title + ", description=" + description + ", url=" + url
                + ", thumbnail=" + thumbnail + ", file=" + file + "]";
    }

    /** Builds a {@link ProfileAttachment}; {@link #build()} checks it. */
    public static final class Builder {
        private final String type;
        private String title;
        private String description;
        private String url;
        private FileInput thumbnail;
        private FileInput file;

        private Builder(String type) {
            this.type = type;
        }

        /** {@code [description]}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@code [thumbnail]}: a replacement image for a link; not for media. */
        public Builder thumbnail(FileInput thumbnail) {
            if (thumbnail != null && !type.equals("link")) {
                throw new IllegalArgumentException("attachment.thumbnail applies to a link, not to " + type);
            }
            this.thumbnail = thumbnail;
            return this;
        }

        /** {@code [file]}: the image or document of media; not for a link. */
        public Builder file(FileInput file) {
            if (file != null && !type.equals("media")) {
                throw new IllegalArgumentException("attachment.file applies to media, not to a " + type);
            }
            this.file = file;
            return this;
        }

        /** The attachment; fails naming {@code title} or {@code url} when missing. */
        public ProfileAttachment build() {
            return new ProfileAttachment(this);
        }
    }
}
