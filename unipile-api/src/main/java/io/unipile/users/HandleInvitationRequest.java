package io.unipile.users;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/users/invite/received/{invitation_id}}: accept or decline a received LinkedIn
 * invitation. LinkedIn requires the invitation's shared secret, which {@link Invitation#sharedSecret()} carries;
 * {@link #accept(String, Invitation)} and {@link #decline(String, Invitation)} take it from there. The secret is
 * left out of {@link #toString()}. Checked when built.
 */
public final class HandleInvitationRequest {
    private final String accountId;
    private final String sharedSecret;
    private final InvitationAction action;

    private HandleInvitationRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.sharedSecret = Check.notBlank("sharedSecret", b.sharedSecret);
        this.action = Check.notNull("action", b.action);
    }

    /** Accepts {@code invitation}, received by {@code accountId}. */
    public static HandleInvitationRequest accept(String accountId, Invitation invitation) {
        return builder().accountId(accountId).sharedSecret(secretOf(invitation)).action(InvitationAction.ACCEPT)
                .build();
    }

    /** Declines {@code invitation}, received by {@code accountId}. */
    public static HandleInvitationRequest decline(String accountId, Invitation invitation) {
        return builder().accountId(accountId).sharedSecret(secretOf(invitation)).action(InvitationAction.DECLINE)
                .build();
    }

    /** An empty builder; every field is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).sharedSecret(sharedSecret).action(action);
    }

    private static String secretOf(Invitation invitation) {
        return Check.notNull("invitation", invitation).sharedSecret();
    }

    /** {@code account_id}: the account that received the invitation. */
    public String accountId() {
        return accountId;
    }

    /** {@code shared_secret}: the invitation's token, from the list of received invitations. */
    public String sharedSecret() {
        return sharedSecret;
    }

    /** {@code action}: accept or decline. */
    public InvitationAction action() {
        return action;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HandleInvitationRequest r && accountId.equals(r.accountId)
                && sharedSecret.equals(r.sharedSecret) && action.equals(r.action);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, sharedSecret, action);
    }

    /** The fields but the shared secret, which must not reach logs. */
    @Override
    public String toString() {
        return "HandleInvitationRequest[accountId=" + accountId + ", sharedSecret=***, action=" + action + "]";
    }

    /** Builds a {@link HandleInvitationRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String sharedSecret;
        private InvitationAction action;

        private Builder() {
        }

        /** {@code account_id} (required): the account that received the invitation. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code shared_secret} (required): the invitation's token. */
        public Builder sharedSecret(String sharedSecret) {
            this.sharedSecret = sharedSecret;
            return this;
        }

        /** {@code action} (required): accept or decline. */
        public Builder action(InvitationAction action) {
            this.action = action;
            return this;
        }

        /** The request; fails naming the field that is missing or blank. */
        public HandleInvitationRequest build() {
            return new HandleInvitationRequest(this);
        }

        /** Like the request's, without the shared secret. */
        @Override
        public String toString() {
            return "HandleInvitationRequest.Builder[accountId=" + accountId + ", action=" + action + "]";
        }
    }
}
