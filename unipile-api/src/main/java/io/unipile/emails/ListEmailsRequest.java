package io.unipile.emails;

import io.unipile.internal.Check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Query of {@code GET /api/v1/emails}: the account whose mailbox to list (required) and the filters: folder, sender,
 * recipient, any address, message or thread, dates; paging; and how much of each e-mail to return. Build with
 * {@link #builder(String)}; the range of {@code limit} is checked when the call is made, before anything is sent.
 */
public final class ListEmailsRequest {
    private final String accountId;
    private final String folder;
    private final String from;
    private final String to;
    private final List<String> anyEmail;
    private final String messageId;
    private final String threadId;
    private final Instant before;
    private final Instant after;
    private final Boolean metaOnly;
    private final Boolean includeHeaders;
    private final Integer limit;
    private final String cursor;

    private ListEmailsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.folder = Check.nullOrNotBlank("folder", b.folder);
        this.from = Check.nullOrNotBlank("from", b.from);
        this.to = Check.nullOrNotBlank("to", b.to);
        this.anyEmail = Check.noBlankElements("anyEmail", b.anyEmail);
        for (int i = 0; i < anyEmail.size(); i++) {
            if (anyEmail.get(i).contains(",")) {
                throw new IllegalArgumentException("anyEmail[" + i + "] must be one address, without a comma");
            }
        }
        this.messageId = Check.nullOrNotBlank("messageId", b.messageId);
        this.threadId = Check.nullOrNotBlank("threadId", b.threadId);
        this.before = b.before;
        this.after = b.after;
        this.metaOnly = b.metaOnly;
        this.includeHeaders = b.includeHeaders;
        if (Boolean.TRUE.equals(metaOnly) && Boolean.TRUE.equals(includeHeaders)) {
            throw new IllegalArgumentException("includeHeaders needs metaOnly to be false");
        }
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** The first page of this account's e-mails, newest first. */
    public static ListEmailsRequest of(String accountId) {
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
        return new Builder().accountId(accountId).folder(folder).from(from).to(to).anyEmail(anyEmail)
                .messageId(messageId).threadId(threadId).before(before).after(after).metaOnly(metaOnly)
                .includeHeaders(includeHeaders).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: the account whose mailbox to list. */
    public String accountId() {
        return accountId;
    }

    /** {@code folder}: the provider id of a folder ({@link Folder#providerId()}), or {@code null}. */
    public String folder() {
        return folder;
    }

    /** {@code from}: only e-mails from this address, or {@code null}. */
    public String from() {
        return from;
    }

    /** {@code to}: only e-mails to this address, in {@code to}, {@code cc} or {@code bcc}, or {@code null}. */
    public String to() {
        return to;
    }

    /** {@code any_email}: only e-mails from or to one of these addresses (sent comma-separated); immutable. */
    public List<String> anyEmail() {
        return anyEmail;
    }

    /** The comma-separated {@code any_email} as it is sent, or {@code null} when empty. */
    public String anyEmailParameter() {
        return anyEmail.isEmpty() ? null : String.join(",", anyEmail);
    }

    /** {@code message_id}: only the e-mail with this {@code Message-ID}, or {@code null}. */
    public String messageId() {
        return messageId;
    }

    /** {@code thread_id}: only the e-mails of this thread, or {@code null}. */
    public String threadId() {
        return threadId;
    }

    /** {@code before}: only e-mails dated strictly before, or {@code null}. */
    public Instant before() {
        return before;
    }

    /** {@code after}: only e-mails dated strictly after, or {@code null}. */
    public Instant after() {
        return after;
    }

    /** {@code meta_only}: return metadata only, without bodies, or {@code null} for the server's default. */
    public Boolean metaOnly() {
        return metaOnly;
    }

    /** {@code include_headers}: return each e-mail's headers; needs {@code meta_only} false. */
    public Boolean includeHeaders() {
        return includeHeaders;
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
        return o instanceof ListEmailsRequest r && accountId.equals(r.accountId) && Objects.equals(folder, r.folder)
                && Objects.equals(from, r.from) && Objects.equals(to, r.to) && anyEmail.equals(r.anyEmail)
                && Objects.equals(messageId, r.messageId) && Objects.equals(threadId, r.threadId)
                && Objects.equals(before, r.before) && Objects.equals(after, r.after)
                && Objects.equals(metaOnly, r.metaOnly) && Objects.equals(includeHeaders, r.includeHeaders)
                && Objects.equals(limit, r.limit) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, folder, from, to, anyEmail, messageId, threadId, before, after, metaOnly,
                includeHeaders, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListEmailsRequest[accountId=" + accountId + ", folder=" + folder + ", from=" + from + ", to=" + to
                + ", anyEmail=" + anyEmail + ", messageId=" + messageId + ", threadId=" + threadId + ", before="
                + before + ", after=" + after + ", metaOnly=" + metaOnly + ", includeHeaders=" + includeHeaders
                + ", limit=" + limit + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListEmailsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String folder;
        private String from;
        private String to;
        private final List<String> anyEmail = new ArrayList<>();
        private String messageId;
        private String threadId;
        private Instant before;
        private Instant after;
        private Boolean metaOnly;
        private Boolean includeHeaders;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code folder}: a folder's provider id. */
        public Builder folder(String folder) {
            this.folder = folder;
            return this;
        }

        /** {@code from}: a sender's address. */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /** {@code to}: a recipient's address. */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        /** {@code any_email}: replaces the addresses; {@code null} clears them. */
        public Builder anyEmail(List<String> addresses) {
            anyEmail.clear();
            if (addresses != null) {
                anyEmail.addAll(addresses);
            }
            return this;
        }

        /** Adds addresses to {@code any_email}. */
        public Builder addAnyEmail(String... addresses) {
            anyEmail.addAll(List.of(addresses));
            return this;
        }

        /** {@code message_id}. */
        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        /** {@code thread_id}. */
        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        /** {@code before} (exclusive). */
        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        /** {@code after} (exclusive). */
        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        /** {@code meta_only}. */
        public Builder metaOnly(Boolean metaOnly) {
            this.metaOnly = metaOnly;
            return this;
        }

        /** {@code include_headers}. */
        public Builder includeHeaders(Boolean includeHeaders) {
            this.includeHeaders = includeHeaders;
            return this;
        }

        /** {@code limit}: 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public ListEmailsRequest build() {
            return new ListEmailsRequest(this);
        }
    }
}
