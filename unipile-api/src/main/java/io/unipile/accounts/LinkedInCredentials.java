package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/**
 * How a LinkedIn account signs in: with its user name and password ({@link #basic}), or with the cookies of a browser
 * session ({@link #cookie}), which Unipile recommends for Recruiter. Proxy, user agent, Recruiter contract and sync
 * limit are options of {@link ConnectAccountRequest}.
 */
public final class LinkedInCredentials implements AccountCredentials {
    private final String username;
    private final String password;
    private final String accessToken;
    private final String premiumToken;

    private LinkedInCredentials(String username, String password, String accessToken, String premiumToken) {
        this.username = username;
        this.password = password;
        this.accessToken = accessToken;
        this.premiumToken = premiumToken;
    }

    /**
     * Basic authentication: {@code username} (an e-mail address or a phone number) and {@code password}. A new
     * session is opened for Unipile.
     */
    public static LinkedInCredentials basic(String username, String password) {
        return new LinkedInCredentials(Check.notBlank("username", username), Check.notBlank("password", password),
                null, null);
    }

    /** Cookie authentication with the {@code li_at} cookie of a signed-in browser ({@code access_token}). */
    public static LinkedInCredentials cookie(String accessToken) {
        return cookie(accessToken, null);
    }

    /**
     * Cookie authentication with the {@code li_at} cookie ({@code access_token}) and the Recruiter or Sales Navigator
     * cookie {@code li_a} ({@code premium_token}), to share that existing premium session; {@code null} opens a new
     * one.
     */
    public static LinkedInCredentials cookie(String accessToken, String premiumToken) {
        return new LinkedInCredentials(null, null, Check.notBlank("accessToken", accessToken),
                Check.nullOrNotBlank("premiumToken", premiumToken));
    }

    @Override
    public AccountType provider() {
        return AccountType.LINKEDIN;
    }

    /** Whether these are cookies rather than a user name and password. */
    public boolean isCookie() {
        return accessToken != null;
    }

    /** {@code username}, or {@code null} for cookies. */
    public String username() {
        return username;
    }

    /** {@code password}, or {@code null} for cookies. */
    public String password() {
        return password;
    }

    /** {@code access_token}, the {@code li_at} cookie, or {@code null} for a user name and password. */
    public String accessToken() {
        return accessToken;
    }

    /** {@code premium_token}, the {@code li_a} cookie, or {@code null}. */
    public String premiumToken() {
        return premiumToken;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkedInCredentials c && Objects.equals(username, c.username)
                && Objects.equals(password, c.password) && Objects.equals(accessToken, c.accessToken)
                && Objects.equals(premiumToken, c.premiumToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password, accessToken, premiumToken);
    }

    /** Names the kind and the user, never a password or cookie. */
    @Override
    public String toString() {
        return isCookie()
                ? "LinkedInCredentials[cookie, accessToken=" + Redactor.MARK + ", premiumToken="
                + (premiumToken == null ? null : Redactor.MARK) + "]"
                : "LinkedInCredentials[basic, username=" + username + ", password=" + Redactor.MARK + "]";
    }
}
