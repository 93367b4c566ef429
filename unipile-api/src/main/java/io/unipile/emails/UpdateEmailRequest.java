package io.unipile.emails;

import io.unipile.internal.Check;

import java.util.List;

/**
 * {@code PUT /api/v1/emails/{email_id}}: mark an e-mail read or unread, or move it (JSON body
 * {@code {"unread": ..., "folders": [...]}}); at least one of the two. The account is needed when the e-mail is named
 * by its provider id.
 *
 * @param accountId {@code account_id} (query): the account whose mailbox holds it, or {@code null}
 * @param unread    {@code unread}: {@code true} marks it unread, {@code false} read, {@code null} leaves it
 * @param folders   {@code folders}: the provider ids of the folders it is to be in (a move), or {@code null} to
 *                  leave them; immutable
 */
public record UpdateEmailRequest(String accountId, Boolean unread, List<String> folders) {

    /** Checks that something changes and that no folder is blank. */
    public UpdateEmailRequest {
        Check.nullOrNotBlank("accountId", accountId);
        if (folders != null) {
            folders = Check.noBlankElements("folders", folders);
            if (folders.isEmpty()) {
                throw new IllegalArgumentException("folders must name at least one folder");
            }
        }
        if (unread == null && folders == null) {
            throw new IllegalArgumentException("unread or folders is required");
        }
    }

    /** Marks it read. */
    public static UpdateEmailRequest markRead() {
        return new UpdateEmailRequest(null, false, null);
    }

    /** Marks it unread. */
    public static UpdateEmailRequest markUnread() {
        return new UpdateEmailRequest(null, true, null);
    }

    /** Moves it to these folders (provider ids, e.g. {@code INBOX}). */
    public static UpdateEmailRequest moveTo(String... folders) {
        return new UpdateEmailRequest(null, null, folders == null ? null : java.util.Arrays.asList(folders));
    }

    /** A copy naming the account, for an e-mail named by its provider id. */
    public UpdateEmailRequest inAccount(String accountId) {
        return new UpdateEmailRequest(Check.notBlank("accountId", accountId), unread, folders);
    }

    /** A copy that also marks it read ({@code false}) or unread ({@code true}). */
    public UpdateEmailRequest withUnread(boolean unread) {
        return new UpdateEmailRequest(accountId, unread, folders);
    }

    /** An empty builder; at least one of {@code unread} and {@code folders} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).unread(unread).folders(folders);
    }

    /** Builds an {@link UpdateEmailRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private Boolean unread;
        private List<String> folders;

        private Builder() {
        }

        /** {@code account_id}: needed when the e-mail is named by its provider id. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code unread}: {@code true} marks it unread, {@code false} read. */
        public Builder unread(Boolean unread) {
            this.unread = unread;
            return this;
        }

        /** {@code folders}: the provider ids of the folders to move it to; {@code null} leaves them. */
        public Builder folders(List<String> folders) {
            this.folders = folders == null ? null : new java.util.ArrayList<>(folders);
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public UpdateEmailRequest build() {
            return new UpdateEmailRequest(accountId, unread, folders);
        }
    }
}
