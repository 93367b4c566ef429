package io.unipile.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * Query of {@code GET /api/v1/accounts/{account_id}/sync}: resync a LinkedIn account's messaging data, from scratch
 * or within a time span. All optional; build with {@link #builder()}. The time span's bounds are sent as epoch
 * milliseconds.
 */
public final class ResyncAccountRequest {
    private final Integer chunkSize;
    private final Boolean partial;
    private final LinkedInProduct linkedinProduct;
    private final Instant before;
    private final Instant after;

    private ResyncAccountRequest(Builder b) {
        if (b.chunkSize != null && b.chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1 but was " + b.chunkSize);
        }
        this.chunkSize = b.chunkSize;
        this.partial = b.partial;
        this.linkedinProduct = b.linkedinProduct;
        this.before = b.before;
        this.after = b.after;
    }

    /** An empty builder: a full resync of every connected product. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().chunkSize(chunkSize).partial(partial).linkedinProduct(linkedinProduct).before(before)
                .after(after);
    }

    /** {@code chunk_size}: how many chats one chunk syncs, or {@code null} for Unipile's default. */
    public Integer chunkSize() {
        return chunkSize;
    }

    /** {@code partial}: keep what is already synced ({@code true}) or resync all, or {@code null}. */
    public Boolean partial() {
        return partial;
    }

    /** {@code linkedin_product}: the product to sync, or {@code null} for every connected one. */
    public LinkedInProduct linkedinProduct() {
        return linkedinProduct;
    }

    /** {@code before}: "the end of the time span (lowest epoch time in ms)" in the spec's words, or {@code null}. */
    public Instant before() {
        return before;
    }

    /** {@code after}: "the start of the time span (highest epoch time in ms)" in the spec's words, or {@code null}. */
    public Instant after() {
        return after;
    }

    /** {@link #before()} in epoch milliseconds, as sent, or {@code null}. */
    public Long beforeMillis() {
        return before == null ? null : before.toEpochMilli();
    }

    /** {@link #after()} in epoch milliseconds, as sent, or {@code null}. */
    public Long afterMillis() {
        return after == null ? null : after.toEpochMilli();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResyncAccountRequest r && Objects.equals(chunkSize, r.chunkSize)
                && Objects.equals(partial, r.partial) && Objects.equals(linkedinProduct, r.linkedinProduct)
                && Objects.equals(before, r.before) && Objects.equals(after, r.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chunkSize, partial, linkedinProduct, before, after);
    }

    @Override
    public String toString() {
        return "ResyncAccountRequest[chunkSize=" + chunkSize + ", partial=" + partial + ", linkedinProduct="
                + linkedinProduct + ", before=" + before + ", after=" + after + "]";
    }

    /** Builds a {@link ResyncAccountRequest}. */
    public static final class Builder {
        private Integer chunkSize;
        private Boolean partial;
        private LinkedInProduct linkedinProduct;
        private Instant before;
        private Instant after;

        private Builder() {
        }

        /** {@code chunk_size}: how many chats one chunk syncs, at least 1. */
        public Builder chunkSize(Integer chunkSize) {
            this.chunkSize = chunkSize;
            return this;
        }

        /** {@code partial}: {@code true} keeps what is already synced. */
        public Builder partial(Boolean partial) {
            this.partial = partial;
            return this;
        }

        /** {@code linkedin_product}: only this product. */
        public Builder linkedinProduct(LinkedInProduct linkedinProduct) {
            this.linkedinProduct = linkedinProduct;
            return this;
        }

        /** {@code before}, sent in epoch milliseconds. */
        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        /** {@code after}, sent in epoch milliseconds. */
        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        /** The request; fails when {@code chunkSize} is below 1. */
        public ResyncAccountRequest build() {
            return new ResyncAccountRequest(this);
        }
    }
}
