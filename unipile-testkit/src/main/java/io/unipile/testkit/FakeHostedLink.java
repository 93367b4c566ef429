package io.unipile.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A hosted auth link a client asked for ({@code POST /hosted/accounts/link}), as the fake stored it: what the request
 * said, and whether a test completed it with {@link FakeUnipileServer#simulateHostedAuthCompleted}.
 *
 * @param id the link's id, the last segment of its URL
 * @param url the URL the fake answered
 * @param type {@code create} or {@code reconnect}
 * @param providers the providers a create link offers, as sent: one wildcard ({@code *}, {@code *:MAILING}, ...) or
 *     provider names; empty for a reconnect link
 * @param reconnectAccount the account a reconnect link reconnects, or null
 * @param expiresOn when the link expires
 * @param apiUrl the {@code api_url} sent
 * @param name the {@code name} sent back to {@code notifyUrl}, or null
 * @param notifyUrl where the fake POSTs the result once the link is completed, or null
 * @param successRedirectUrl the {@code success_redirect_url}, or null
 * @param failureRedirectUrl the {@code failure_redirect_url}, or null
 * @param disabledFeatures the {@code disabled_features} sent
 * @param disabledOptions the {@code disabled_options} sent
 * @param accountId the account connected or reconnected through it, or null while it is not completed
 */
public record FakeHostedLink(String id, String url, String type, List<String> providers, String reconnectAccount,
                             Instant expiresOn, String apiUrl, String name, String notifyUrl,
                             String successRedirectUrl, String failureRedirectUrl, List<String> disabledFeatures,
                             List<String> disabledOptions, String accountId) {

    /** Requires the id, URL, type, expiry and API URL; copies the lists. */
    public FakeHostedLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(apiUrl, "apiUrl");
        providers = List.copyOf(providers);
        disabledFeatures = List.copyOf(disabledFeatures);
        disabledOptions = List.copyOf(disabledOptions);
    }

    /** Whether it reconnects an account rather than connecting a new one. */
    public boolean reconnection() {
        return type.equals("reconnect");
    }

    /** Whether a test completed it. */
    public boolean completed() {
        return accountId != null;
    }
}
