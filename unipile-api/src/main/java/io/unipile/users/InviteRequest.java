package io.unipile.users;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/users/invite}: who to invite, from which account, and an optional note. Build with
 * {@link #builder(String, String)}; checked when built.
 */
public final class InviteRequest {
    /** The longest note LinkedIn takes. */
    public static final int MAX_MESSAGE_LENGTH = 300;

    private final String providerId;
    private final String accountId;
    private final String userEmail;
    private final String message;

    private InviteRequest(Builder b) {
        this.providerId = Check.notBlank("providerId", b.providerId);
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.userEmail = Check.nullOrNotBlank("userEmail", b.userEmail);
        this.message = b.message;
        if (message != null && message.codePointCount(0, message.length()) > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("message must be at most " + MAX_MESSAGE_LENGTH + " characters but was "
                    + message.codePointCount(0, message.length()));
        }
    }

    /** An invitation without a note from {@code accountId} to the user with {@code providerId}. */
    public static InviteRequest of(String accountId, String providerId) {
        return builder(accountId, providerId).build();
    }

    /** A builder for an invitation from {@code accountId} to the user with {@code providerId}. */
    public static Builder builder(String accountId, String providerId) {
        return new Builder().accountId(accountId).providerId(providerId);
    }

    /** An empty builder; {@code accountId} and {@code providerId} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().providerId(providerId).accountId(accountId).userEmail(userEmail).message(message);
    }

    /** {@code provider_id}: the provider's id of the user to invite (on Instagram, a user name works too). */
    public String providerId() {
        return providerId;
    }

    /** {@code account_id}: the account that invites. */
    public String accountId() {
        return accountId;
    }

    /** {@code user_email}: the invitee's address, which LinkedIn sometimes requires, or {@code null}. */
    public String userEmail() {
        return userEmail;
    }

    /** {@code message}: the note sent with the invitation, at most 300 characters, or {@code null}. */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InviteRequest r && providerId.equals(r.providerId) && accountId.equals(r.accountId)
                && Objects.equals(userEmail, r.userEmail) && Objects.equals(message, r.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerId, accountId, userEmail, message);
    }

    @Override
    public String toString() {
        return "InviteRequest[providerId=" + providerId + ", accountId=" + accountId + ", userEmail=" + userEmail
                + ", message=" + message + "]";
    }

    /** Builds an {@link InviteRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String providerId;
        private String accountId;
        private String userEmail;
        private String message;

        private Builder() {
        }

        /** {@code provider_id} (required): the provider's id of the user to invite. */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /** {@code account_id} (required): the account that invites. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code user_email}: the invitee's address, for LinkedIn members who require it. */
        public Builder userEmail(String userEmail) {
            this.userEmail = userEmail;
            return this;
        }

        /** {@code message}: a note, at most 300 characters. */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** The request; fails naming the field that is missing, blank or too long. */
        public InviteRequest build() {
            return new InviteRequest(this);
        }
    }
}
