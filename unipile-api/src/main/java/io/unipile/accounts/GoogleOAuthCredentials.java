package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/**
 * How a Google account (mail and calendar, {@link AccountType#GOOGLE_OAUTH}) signs in: the OAuth tokens your Google
 * app obtained for the user. Build with {@link #builder()}; both tokens are required.
 */
public final class GoogleOAuthCredentials implements AccountCredentials {
    private final String accessToken;
    private final String refreshToken;

    private GoogleOAuthCredentials(Builder b) {
        this.accessToken = Check.notBlank("accessToken", b.accessToken);
        this.refreshToken = Check.notBlank("refreshToken", b.refreshToken);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these tokens. */
    public Builder toBuilder() {
        return new Builder().accessToken(accessToken).refreshToken(refreshToken);
    }

    @Override
    public AccountType provider() {
        return AccountType.GOOGLE_OAUTH;
    }

    /** {@code access_token}. */
    public String accessToken() {
        return accessToken;
    }

    /** {@code refresh_token}. */
    public String refreshToken() {
        return refreshToken;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoogleOAuthCredentials c && accessToken.equals(c.accessToken)
                && refreshToken.equals(c.refreshToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken);
    }

    @Override
    public String toString() {
        return "GoogleOAuthCredentials[accessToken=" + Redactor.MARK + ", refreshToken=" + Redactor.MARK + "]";
    }

    /** Builds {@link GoogleOAuthCredentials}; {@link #build()} checks them. */
    public static final class Builder {
        private String accessToken;
        private String refreshToken;

        private Builder() {
        }

        /** {@code access_token} (required). */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** {@code refresh_token} (required). */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** The credentials; fails naming a missing or blank token. */
        public GoogleOAuthCredentials build() {
            return new GoogleOAuthCredentials(this);
        }
    }
}
