package io.unipile.webhooks;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/webhooks}. All optional; build with {@link #builder()}. The range of {@code limit}
 * and the blank check of {@code cursor} are applied when the call is made, before anything is sent.
 */
public final class ListWebhooksRequest {
    private final Integer limit;
    private final String cursor;

    private ListWebhooksRequest(Builder b) {
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** An empty builder: the first page, of the server's default size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().limit(limit).cursor(cursor);
    }

    /** {@code limit}: items per page, 1 to 250; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListWebhooksRequest r && Objects.equals(limit, r.limit) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, cursor);
    }

    @Override
    public String toString() {
        return "ListWebhooksRequest[limit=" + limit + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListWebhooksRequest}. */
    public static final class Builder {
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code limit}: items per page, 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public ListWebhooksRequest build() {
            return new ListWebhooksRequest(this);
        }
    }
}
