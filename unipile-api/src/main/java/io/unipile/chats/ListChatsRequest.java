package io.unipile.chats;

import io.unipile.accounts.AccountType;
import io.unipile.internal.Check;

import java.time.Instant;
import java.util.Set;

/**
 * Parameters of {@code GET /api/v1/chats}. All optional; build with {@link #builder()}.
 *
 * @param unread      {@code true} for unread chats only, {@code false} for read ones only, {@code null} for all
 * @param before      only chats before this instant (exclusive), or {@code null}
 * @param after       only chats after this instant (exclusive), or {@code null}
 * @param limit       items per page, 1 to 250, or {@code null} for the server's default
 * @param accountType only chats of this messaging provider, or {@code null}
 * @param accountId   only chats of this account, or {@code null}
 * @param cursor      where to continue, or {@code null} for the first page
 */
public record ListChatsRequest(Boolean unread, Instant before, Instant after, Integer limit, AccountType accountType,
                               String accountId, String cursor) {

    private static final Set<AccountType> MESSAGING = Set.of(AccountType.WHATSAPP, AccountType.LINKEDIN,
            AccountType.SLACK, AccountType.TWITTER, AccountType.MESSENGER, AccountType.INSTAGRAM, AccountType.TELEGRAM);

    public ListChatsRequest {
        Check.range("limit", limit, 1, 250);
        Check.nullOrNotBlank("accountId", accountId);
        Check.nullOrNotBlank("cursor", cursor);
        if (accountType != null && accountType.isKnown() && !MESSAGING.contains(accountType)) {
            throw new IllegalArgumentException("accountType must be a messaging provider (WHATSAPP, LINKEDIN, SLACK, "
                    + "TWITTER, MESSENGER, INSTAGRAM, TELEGRAM) but was " + accountType);
        }
        if (before != null && after != null && !after.isBefore(before)) {
            throw new IllegalArgumentException("after must be earlier than before");
        }
    }

    /** Every chat, first page, server's default size. */
    public static ListChatsRequest all() {
        return builder().build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy at another cursor. */
    public ListChatsRequest withCursor(String cursor) {
        return new ListChatsRequest(unread, before, after, limit, accountType, accountId, cursor);
    }

    /** Builds a {@link ListChatsRequest}. */
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

        public Builder unread(Boolean unread) {
            this.unread = unread;
            return this;
        }

        public Builder before(Instant before) {
            this.before = before;
            return this;
        }

        public Builder after(Instant after) {
            this.after = after;
            return this;
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder accountType(AccountType accountType) {
            this.accountType = accountType;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public ListChatsRequest build() {
            return new ListChatsRequest(unread, before, after, limit, accountType, accountId, cursor);
        }
    }
}
