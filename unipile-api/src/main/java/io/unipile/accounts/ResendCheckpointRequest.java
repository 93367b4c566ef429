package io.unipile.accounts;

import io.unipile.internal.Check;

import java.util.Objects;
import java.util.Set;

/**
 * JSON body of {@code POST /api/v1/accounts/checkpoint/resend}: send the checkpoint's notification again (a new 2FA or
 * OTP code, the in-app prompt), for LinkedIn and Instagram accounts. Usually made from the checkpoint:
 * {@link #of(CheckpointRequired)}.
 */
public final class ResendCheckpointRequest {
    // The providers Unipile's OpenAPI document lists for this route; values this version does not know pass.
    private static final Set<AccountType> PROVIDERS = Set.of(AccountType.LINKEDIN, AccountType.INSTAGRAM);

    private final String accountId;
    private final AccountType provider;

    private ResendCheckpointRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.provider = Check.notNull("provider", b.provider);
        if (provider.isKnown() && !PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("provider " + provider + " cannot resend a checkpoint;"
                    + " only LINKEDIN and INSTAGRAM can");
        }
    }

    /** Resends this checkpoint's notification. */
    public static ResendCheckpointRequest of(CheckpointRequired checkpoint) {
        Check.notNull("checkpoint", checkpoint);
        return builder().accountId(checkpoint.accountId()).provider(checkpoint.provider()).build();
    }

    /** An empty builder; both fields are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).provider(provider);
    }

    /** {@code account_id}: the account waiting on the checkpoint. */
    public String accountId() {
        return accountId;
    }

    /** {@code provider}. */
    public AccountType provider() {
        return provider;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResendCheckpointRequest r && accountId.equals(r.accountId) && provider.equals(r.provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, provider);
    }

    @Override
    public String toString() {
        return "ResendCheckpointRequest[accountId=" + accountId + ", provider=" + provider + "]";
    }

    /** Builds a {@link ResendCheckpointRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private AccountType provider;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code provider} (required): LinkedIn or Instagram. */
        public Builder provider(AccountType provider) {
            this.provider = provider;
            return this;
        }

        /** The request; fails naming a missing field, or a provider that cannot resend. */
        public ResendCheckpointRequest build() {
            return new ResendCheckpointRequest(this);
        }
    }
}
