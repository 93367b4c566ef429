package io.unipile.chats;

import io.unipile.accounts.AccountType;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Query of {@code GET /api/v1/chats}. All optional; build with {@link #builder()}. {@link Builder#build()} checks
 * what involves more than one parameter or the meaning of a value; the range of {@code limit} and the blank checks
 * of {@code account_id} and {@code cursor} are applied when the call is made, before anything is sent.
 */
public final class ListChatsRequest {

    private static final Set<AccountType> MESSAGING = Set.of(AccountType.WHATSAPP, AccountType.LINKEDIN,
            AccountType.SLACK, AccountType.TWITTER, AccountType.MESSENGER, AccountType.INSTAGRAM, AccountType.TELEGRAM);

    private final Boolean unread;
    private final Instant before;
    private final Instant after;
    private final Integer limit;
    private final AccountType accountType;
    private final String accountId;
    private final String cursor;

    private ListChatsRequest(Builder b) {
        // Unknown provider values pass: the server may add messaging providers before this library knows them.
        if (b.accountType != null && b.accountType.isKnown() && !MESSAGING.contains(b.accountType)) {
            throw new IllegalArgumentException("accountType must be a messaging provider (WHATSAPP, LINKEDIN, SLACK, "
                    + "TWITTER, MESSENGER, INSTAGRAM, TELEGRAM) but was " + b.accountType);
        }
        if (b.before != null && b.after != null && !b.after.isBefore(b.before)) {
            throw new IllegalArgumentException("after must be earlier than before");
        }
        this.unread = b.unread;
        this.before = b.before;
        this.after = b.after;
        this.limit = b.limit;
        this.accountType = b.accountType;
        this.accountId = b.accountId;
        this.cursor = b.cursor;
    }

    /** An empty builder: every chat, first page, of the server's default size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().unread(unread).before(before).after(after).limit(limit).accountType(accountType)
                .accountId(accountId).cursor(cursor);
    }

    /** {@code unread}: {@code true} for unread chats only, {@code false} for read ones only, {@code null} for all. */
    public Boolean unread() {
        return unread;
    }

    /** {@code before}: only chats created before this instant (exclusive), or {@code null}. */
    public Instant before() {
        return before;
    }

    /** {@code after}: only chats created after this instant (exclusive), or {@code null}. */
    public Instant after() {
        return after;
    }

    /** {@code limit}: items per page, 1 to 250; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code account_type}: only chats of this messaging provider, or {@code null}. */
    public AccountType accountType() {
        return accountType;
    }

    /** {@code account_id}: only chats of this Unipile account (or of these, separated by commas), or {@code null}. */
    public String accountId() {
        return accountId;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListChatsRequest r && Objects.equals(unread, r.unread) && Objects.equals(before, r.before)
                && Objects.equals(after, r.after) && Objects.equals(limit, r.limit)
                && Objects.equals(accountType, r.accountType) && Objects.equals(accountId, r.accountId)
                && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unread, before, after, limit, accountType, accountId, cursor);
    }

    @Override
    public String toString() {
        return "ListChatsRequest[unread=" + unread + ", before=" + before + ", after=" + after + ", limit=" + limit
                + ", accountType=" + accountType + ", accountId=" + accountId + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListChatsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private Boolean unread;
        private Instant before;
        private Instant after;
        private Integer limit;
        private AccountType accountType;
        private String accountId;
        private String cursor;

        private Builder() {
        }

        /** {@code unread}: {@code true} for unread chats only, {@code false} for read ones only. */
        public Builder unread(Boolean unread) {
            this.unread = unread;
            return this;
        }

        /** {@code before}: only chats created before this instant (exclusive); must be later than {@code after}. */
        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        /** {@code after}: only chats created after this instant (exclusive); must be earlier than {@code before}. */
        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        /** {@code limit}: items per page, 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * {@code account_type}: only chats of this provider; one of WHATSAPP, LINKEDIN, SLACK, TWITTER, MESSENGER,
         * INSTAGRAM, TELEGRAM.
         */
        public Builder accountType(AccountType accountType) {
            this.accountType = accountType;
            return this;
        }

        /** {@code account_id}: only chats of this Unipile account, or of these ids separated by commas. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** The request; fails if {@code after} is not earlier than {@code before}, or on a non-messaging provider. */
        public ListChatsRequest build() {
            return new ListChatsRequest(this);
        }
    }
}
