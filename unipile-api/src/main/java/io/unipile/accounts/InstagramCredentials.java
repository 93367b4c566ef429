package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/** How an Instagram account signs in: its user name and password. */
public final class InstagramCredentials implements AccountCredentials {
    private final String username;
    private final String password;

    private InstagramCredentials(String username, String password) {
        this.username = Check.notBlank("username", username);
        this.password = Check.notBlank("password", password);
    }

    /** The account's {@code username} and {@code password}. */
    public static InstagramCredentials of(String username, String password) {
        return new InstagramCredentials(username, password);
    }

    @Override
    public AccountType provider() {
        return AccountType.INSTAGRAM;
    }

    /** {@code username}. */
    public String username() {
        return username;
    }

    /** {@code password}. */
    public String password() {
        return password;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstagramCredentials c && username.equals(c.username) && password.equals(c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password);
    }

    @Override
    public String toString() {
        return "InstagramCredentials[username=" + username + ", password=" + Redactor.MARK + "]";
    }
}
