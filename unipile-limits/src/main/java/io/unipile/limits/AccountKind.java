package io.unipile.limits;

import io.unipile.accounts.Account;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.LinkedInConnectionParams;
import io.unipile.accounts.LinkedInPremiumFeature;

import java.util.List;
import java.util.Optional;

/** The kinds of LinkedIn account Unipile publishes different limits for. */
public enum AccountKind {
    /** A free (Basic) account. */
    FREE,
    /** LinkedIn Premium. */
    PREMIUM,
    /** Sales Navigator. */
    SALES_NAVIGATOR,
    /** Recruiter (or Recruiter Lite). */
    RECRUITER;

    /**
     * The kind of a LinkedIn account from its {@code connection_params.im.premiumFeatures}: the highest product it
     * has. Empty for an account of another provider, which LinkedIn's limits do not concern.
     *
     * @param account an account as {@code GET /accounts/{id}} returns it
     * @return its kind, or empty when it is not a LinkedIn account
     */
    public static Optional<AccountKind> of(Account account) {
        if (account == null || !AccountType.LINKEDIN.equals(account.type())) {
            return Optional.empty();
        }
        List<LinkedInPremiumFeature> features = account.connectionParams() instanceof LinkedInConnectionParams p
                && p.im() != null ? p.im().premiumFeatures() : List.of();
        if (features.contains(LinkedInPremiumFeature.RECRUITER)) {
            return Optional.of(RECRUITER);
        }
        if (features.contains(LinkedInPremiumFeature.SALES_NAVIGATOR)) {
            return Optional.of(SALES_NAVIGATOR);
        }
        return Optional.of(features.contains(LinkedInPremiumFeature.PREMIUM) ? PREMIUM : FREE);
    }
}
