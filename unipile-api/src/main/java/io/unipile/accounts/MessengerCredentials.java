package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/** How a Facebook Messenger account signs in: its user name and password. */
public final class MessengerCredentials implements AccountCredentials {
    private final String username;
    private final String password;

    private MessengerCredentials(String username, String password) {
        this.username = Check.notBlank("username", username);
        this.password = Check.notBlank("password", password);
    }

    /** The account's {@code username} and {@code password}. */
    public static MessengerCredentials of(String username, String password) {
        return new MessengerCredentials(username, password);
    }

    @Override
    public AccountType provider() {
        return AccountType.MESSENGER;
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
        return o instanceof MessengerCredentials c && username.equals(c.username) && password.equals(c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password);
    }

    @Override
    public String toString() {
        return "MessengerCredentials[username=" + username + ", password=" + Redactor.MARK + "]";
    }
}
