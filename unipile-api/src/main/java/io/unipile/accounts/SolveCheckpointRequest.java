package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;
import java.util.Set;

/**
 * JSON body of {@code POST /api/v1/accounts/checkpoint}: the code that solves a checkpoint (2FA, OTP, a phone number
 * for {@code PHONE_REGISTER}, a contract id for {@code CONTRACT_CHOOSER}), for LinkedIn, Instagram, X (Twitter) and
 * Messenger accounts. Usually made from the checkpoint: {@link #of(CheckpointRequired, String)}. The code never
 * appears in {@code toString()}.
 */
public final class SolveCheckpointRequest {
    /** The code that asks the provider for another kind of checkpoint (e.g. a 2FA code instead of an in-app one). */
    public static final String TRY_ANOTHER_WAY = "TRY_ANOTHER_WAY";

    // The providers Unipile's OpenAPI document lists for this route; values this version does not know pass.
    private static final Set<AccountType> PROVIDERS = Set.of(AccountType.LINKEDIN, AccountType.INSTAGRAM,
            AccountType.TWITTER, AccountType.MESSENGER);

    private final String accountId;
    private final AccountType provider;
    private final String code;

    private SolveCheckpointRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.provider = Check.notNull("provider", b.provider);
        if (provider.isKnown() && !PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("provider " + provider + " has no checkpoint solved with a code;"
                    + " only LINKEDIN, INSTAGRAM, TWITTER and MESSENGER do");
        }
        this.code = Check.notBlank("code", b.code);
    }

    /** Solves this checkpoint with {@code code}. */
    public static SolveCheckpointRequest of(CheckpointRequired checkpoint, String code) {
        Check.notNull("checkpoint", checkpoint);
        return builder().accountId(checkpoint.accountId()).provider(checkpoint.provider()).code(code).build();
    }

    /** Asks the provider for another kind of checkpoint instead of this one ({@link #TRY_ANOTHER_WAY}). */
    public static SolveCheckpointRequest tryAnotherWay(CheckpointRequired checkpoint) {
        return of(checkpoint, TRY_ANOTHER_WAY);
    }

    /** An empty builder; every field is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).provider(provider).code(code);
    }

    /** {@code account_id}: the account waiting on the checkpoint. */
    public String accountId() {
        return accountId;
    }

    /** {@code provider}. */
    public AccountType provider() {
        return provider;
    }

    /** {@code code}. */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolveCheckpointRequest r && accountId.equals(r.accountId) && provider.equals(r.provider)
                && code.equals(r.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, provider, code);
    }

    @Override
    public String toString() {
        return "SolveCheckpointRequest[accountId=" + accountId + ", provider=" + provider + ", code="
                + Redactor.MARK + "]";
    }

    /** Builds a {@link SolveCheckpointRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private AccountType provider;
        private String code;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code provider} (required): LinkedIn, Instagram, X (Twitter) or Messenger. */
        public Builder provider(AccountType provider) {
            this.provider = provider;
            return this;
        }

        /**
         * {@code code} (required): the code; a phone number with its international dialling code in brackets
         * ({@code (+33)0612345678}); a contract id; or {@link #TRY_ANOTHER_WAY}.
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** The request; fails naming a missing or blank field, or a provider that takes no code. */
        public SolveCheckpointRequest build() {
            return new SolveCheckpointRequest(this);
        }
    }
}
