package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/**
 * How a Microsoft account (mail and calendar, {@link AccountType#OUTLOOK}) signs in: the OAuth tokens your Microsoft
 * app obtained for the user, with the user's name and id. Build with {@link #builder()}; every field is required.
 */
public final class OutlookCredentials implements AccountCredentials {
    private final String accessToken;
    private final String refreshToken;
    private final String username;
    private final String id;

    private OutlookCredentials(Builder b) {
        this.accessToken = Check.notBlank("accessToken", b.accessToken);
        this.refreshToken = Check.notBlank("refreshToken", b.refreshToken);
        this.username = Check.notBlank("username", b.username);
        this.id = Check.notBlank("id", b.id);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of these credentials. */
    public Builder toBuilder() {
        return new Builder().accessToken(accessToken).refreshToken(refreshToken).username(username).id(id);
    }

    @Override
    public AccountType provider() {
        return AccountType.OUTLOOK;
    }

    /** {@code access_token}. */
    public String accessToken() {
        return accessToken;
    }

    /** {@code refresh_token}. */
    public String refreshToken() {
        return refreshToken;
    }

    /** {@code username}: the user's name (usually the e-mail address). */
    public String username() {
        return username;
    }

    /** {@code id}: the user's Microsoft id. */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutlookCredentials c && accessToken.equals(c.accessToken)
                && refreshToken.equals(c.refreshToken) && username.equals(c.username) && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, username, id);
    }

    @Override
    public String toString() {
        return "OutlookCredentials[username=" + username + ", id=" + id + ", accessToken=" + Redactor.MARK
                + ", refreshToken=" + Redactor.MARK + "]";
    }

    /** Builds {@link OutlookCredentials}; {@link #build()} checks them. */
    public static final class Builder {
        private String accessToken;
        private String refreshToken;
        private String username;
        private String id;

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

        /** {@code username} (required). */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** {@code id} (required): the user's Microsoft id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The credentials; fails naming a missing or blank field. */
        public OutlookCredentials build() {
            return new OutlookCredentials(this);
        }
    }
}
