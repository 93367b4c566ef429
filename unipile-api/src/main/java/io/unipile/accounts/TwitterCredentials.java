package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/** How an X (Twitter) account signs in: user name, e-mail address and password, all required. */
public final class TwitterCredentials implements AccountCredentials {
    private final String username;
    private final String email;
    private final String password;

    private TwitterCredentials(Builder b) {
        this.username = Check.notBlank("username", b.username);
        this.email = Check.notBlank("email", b.email);
        if (email.indexOf('@') < 1 || email.endsWith("@")) {
            throw new IllegalArgumentException("email must be an e-mail address but was '" + email + "'");
        }
        this.password = Check.notBlank("password", b.password);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of these credentials. */
    public Builder toBuilder() {
        return new Builder().username(username).email(email).password(password);
    }

    @Override
    public AccountType provider() {
        return AccountType.TWITTER;
    }

    /** {@code username}. */
    public String username() {
        return username;
    }

    /** {@code email}. */
    public String email() {
        return email;
    }

    /** {@code password}. */
    public String password() {
        return password;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TwitterCredentials c && username.equals(c.username) && email.equals(c.email)
                && password.equals(c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, email, password);
    }

    @Override
    public String toString() {
        return "TwitterCredentials[username=" + username + ", email=" + email + ", password=" + Redactor.MARK + "]";
    }

    /** Builds {@link TwitterCredentials}; {@link #build()} checks them. */
    public static final class Builder {
        private String username;
        private String email;
        private String password;

        private Builder() {
        }

        /** {@code username} (required). */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** {@code email} (required): the account's e-mail address. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** {@code password} (required). */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The credentials; fails naming a missing or blank field, or an e-mail address without {@code @}. */
        public TwitterCredentials build() {
            return new TwitterCredentials(this);
        }
    }
}
