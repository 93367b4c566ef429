package io.unipile.accounts;

import io.unipile.internal.Check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/hosted/accounts/link}: a link to Unipile's hosted auth wizard, to connect a new
 * account ({@link #create(HostedAuthProviders)}) or reconnect one ({@link #reconnect(String)}). The link's expiry
 * and your Unipile DSN ({@code apiUrl}) are required; checked when built.
 * <pre>{@code
 * HostedAuthLinkRequest.create(HostedAuthProviders.of(HostedAuthProvider.LINKEDIN))
 *         .expiresOn(Instant.now().plus(Duration.ofMinutes(30)))
 *         .apiUrl("https://api1.unipile.com:13153")
 *         .name("user-42")                                     // sent back to notifyUrl
 *         .notifyUrl("https://app.example.com/unipile/accounts")
 *         .successRedirectUrl("https://app.example.com/connected")
 *         .build();
 * }</pre>
 * Unipile makes every link expire at its daily restart whatever {@code expiresOn} says: make a new link each time a
 * user asks to connect.
 */
public final class HostedAuthLinkRequest {
    private final HostedAuthLinkType type;
    private final Instant expiresOn;
    private final String apiUrl;
    private final HostedAuthProviders providers;
    private final String reconnectAccount;
    private final String name;
    private final String successRedirectUrl;
    private final String failureRedirectUrl;
    private final String notifyUrl;
    private final Boolean bypassSuccessScreen;
    private final List<AccountFeature> disabledFeatures;
    private final List<HostedAuthOption> disabledOptions;
    private final AccountProxy proxy;
    private final MessagingSyncLimit syncLimit;
    private final MailSyncLimit mailSyncLimit;

    private HostedAuthLinkRequest(Builder b) {
        this.type = Check.notNull("type", b.type);
        this.expiresOn = Check.notNull("expiresOn", b.expiresOn);
        this.apiUrl = checkUrl("apiUrl", Check.notNull("apiUrl", b.apiUrl));
        // A type this version does not know is left to Unipile to judge.
        if (type.equals(HostedAuthLinkType.CREATE)) {
            Check.notNull("providers", b.providers);
            if (b.reconnectAccount != null) {
                throw new IllegalArgumentException("reconnectAccount is for reconnect links, not create links");
            }
        } else if (type.equals(HostedAuthLinkType.RECONNECT)) {
            Check.notBlank("reconnectAccount", b.reconnectAccount);
            if (b.providers != null) {
                throw new IllegalArgumentException("providers is for create links, not reconnect links");
            }
        }
        this.providers = b.providers;
        this.reconnectAccount = Check.nullOrNotBlank("reconnectAccount", b.reconnectAccount);
        this.name = Check.nullOrNotBlank("name", b.name);
        this.successRedirectUrl = b.successRedirectUrl == null ? null
                : checkUrl("successRedirectUrl", b.successRedirectUrl);
        this.failureRedirectUrl = b.failureRedirectUrl == null ? null
                : checkUrl("failureRedirectUrl", b.failureRedirectUrl);
        this.notifyUrl = b.notifyUrl == null ? null : checkUrl("notifyUrl", b.notifyUrl);
        this.bypassSuccessScreen = b.bypassSuccessScreen;
        this.disabledFeatures = Check.noNullElements("disabledFeatures", b.disabledFeatures);
        this.disabledOptions = Check.noNullElements("disabledOptions", b.disabledOptions);
        this.proxy = b.proxy;
        this.syncLimit = b.syncLimit;
        this.mailSyncLimit = b.mailSyncLimit;
    }

    /** A link to connect a new account of one of these providers. */
    public static Builder create(HostedAuthProviders providers) {
        return new Builder().type(HostedAuthLinkType.CREATE).providers(providers);
    }

    /** A link to reconnect the account with this id. */
    public static Builder reconnect(String accountId) {
        return new Builder().type(HostedAuthLinkType.RECONNECT).reconnectAccount(accountId);
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().type(type).expiresOn(expiresOn).apiUrl(apiUrl).providers(providers)
                .reconnectAccount(reconnectAccount).name(name).successRedirectUrl(successRedirectUrl)
                .failureRedirectUrl(failureRedirectUrl).notifyUrl(notifyUrl).bypassSuccessScreen(bypassSuccessScreen)
                .disabledFeatures(disabledFeatures).disabledOptions(disabledOptions).proxy(proxy).syncLimit(syncLimit)
                .mailSyncLimit(mailSyncLimit);
    }

    /** {@code type}: create or reconnect. */
    public HostedAuthLinkType type() {
        return type;
    }

    /** {@code expiresOn}: when the link expires, sent as ISO 8601 UTC with milliseconds. */
    public Instant expiresOn() {
        return expiresOn;
    }

    /** {@code api_url}: your Unipile DSN, {@code https://{subdomain}.unipile.com:{port}}. */
    public String apiUrl() {
        return apiUrl;
    }

    /** {@code providers} of a create link; {@code null} for a reconnect link. */
    public HostedAuthProviders providers() {
        return providers;
    }

    /** {@code reconnect_account}: the account a reconnect link reconnects; {@code null} for a create link. */
    public String reconnectAccount() {
        return reconnectAccount;
    }

    /** {@code name}: your own id for the user, sent back to {@code notify_url}; or {@code null}. */
    public String name() {
        return name;
    }

    /** {@code success_redirect_url}, or {@code null}. */
    public String successRedirectUrl() {
        return successRedirectUrl;
    }

    /** {@code failure_redirect_url}, or {@code null}. */
    public String failureRedirectUrl() {
        return failureRedirectUrl;
    }

    /** {@code notify_url}: where Unipile POSTs the new account's id and {@code name}; or {@code null}. */
    public String notifyUrl() {
        return notifyUrl;
    }

    /** {@code bypass_success_screen}, or {@code null} for Unipile's default. */
    public Boolean bypassSuccessScreen() {
        return bypassSuccessScreen;
    }

    /** {@code disabled_features}: features turned off for the account; empty for none. Immutable. */
    public List<AccountFeature> disabledFeatures() {
        return disabledFeatures;
    }

    /** {@code disabled_options}: options hidden in the wizard; empty for none. Immutable. */
    public List<HostedAuthOption> disabledOptions() {
        return disabledOptions;
    }

    /** {@code proxy}, or {@code null}. */
    public AccountProxy proxy() {
        return proxy;
    }

    /** {@code sync_limit.MESSAGING}, or {@code null}. */
    public MessagingSyncLimit syncLimit() {
        return syncLimit;
    }

    /** {@code sync_limit.MAILING}, or {@code null}. */
    public MailSyncLimit mailSyncLimit() {
        return mailSyncLimit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostedAuthLinkRequest r && type.equals(r.type) && expiresOn.equals(r.expiresOn)
                && apiUrl.equals(r.apiUrl) && Objects.equals(providers, r.providers)
                && Objects.equals(reconnectAccount, r.reconnectAccount) && Objects.equals(name, r.name)
                && Objects.equals(successRedirectUrl, r.successRedirectUrl)
                && Objects.equals(failureRedirectUrl, r.failureRedirectUrl) && Objects.equals(notifyUrl, r.notifyUrl)
                && Objects.equals(bypassSuccessScreen, r.bypassSuccessScreen)
                && disabledFeatures.equals(r.disabledFeatures) && disabledOptions.equals(r.disabledOptions)
                && Objects.equals(proxy, r.proxy) && Objects.equals(syncLimit, r.syncLimit)
                && Objects.equals(mailSyncLimit, r.mailSyncLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, expiresOn, apiUrl, providers, reconnectAccount, name, successRedirectUrl,
                failureRedirectUrl, notifyUrl, bypassSuccessScreen, disabledFeatures, disabledOptions, proxy,
                syncLimit, mailSyncLimit);
    }

    @Override
    public String toString() {
        return "HostedAuthLinkRequest[type=" + type + ", expiresOn=" + expiresOn + ", apiUrl=" + apiUrl
                + ", providers=" + providers + ", reconnectAccount=" + reconnectAccount + ", name=" + name
                + ", successRedirectUrl=" + successRedirectUrl + ", failureRedirectUrl=" + failureRedirectUrl
                + ", notifyUrl=" + notifyUrl + ", bypassSuccessScreen=" + bypassSuccessScreen + ", disabledFeatures="
                + disabledFeatures + ", disabledOptions=" + disabledOptions + ", proxy=" + proxy + ", syncLimit="
                + syncLimit + ", mailSyncLimit=" + mailSyncLimit + "]";
    }

    private static String checkUrl(String field, String url) {
        Check.notBlank(field, url);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + e.getMessage());
        }
        throw new IllegalArgumentException(field + " must be an absolute http or https URL but was '" + url + "'");
    }

    /** Builds a {@link HostedAuthLinkRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private HostedAuthLinkType type;
        private Instant expiresOn;
        private String apiUrl;
        private HostedAuthProviders providers;
        private String reconnectAccount;
        private String name;
        private String successRedirectUrl;
        private String failureRedirectUrl;
        private String notifyUrl;
        private Boolean bypassSuccessScreen;
        private final List<AccountFeature> disabledFeatures = new ArrayList<>();
        private final List<HostedAuthOption> disabledOptions = new ArrayList<>();
        private AccountProxy proxy;
        private MessagingSyncLimit syncLimit;
        private MailSyncLimit mailSyncLimit;

        private Builder() {
        }

        /** {@code type} (required): set by {@link #create} and {@link #reconnect}. */
        public Builder type(HostedAuthLinkType type) {
            this.type = type;
            return this;
        }

        /** {@code expiresOn} (required): keep it short, minutes to hours. */
        public Builder expiresOn(Instant expiresOn) {
            this.expiresOn = expiresOn;
            return this;
        }

        /** {@code api_url} (required): your Unipile DSN, {@code https://{subdomain}.unipile.com:{port}}. */
        public Builder apiUrl(String apiUrl) {
            this.apiUrl = apiUrl;
            return this;
        }

        /** {@code providers}: required for a create link, refused for a reconnect link. */
        public Builder providers(HostedAuthProviders providers) {
            this.providers = providers;
            return this;
        }

        /** {@code reconnect_account}: required for a reconnect link, refused for a create link. */
        public Builder reconnectAccount(String accountId) {
            this.reconnectAccount = accountId;
            return this;
        }

        /** {@code name}: your own id for the user, sent back to {@code notify_url} to match the new account. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** {@code success_redirect_url}: where the user goes after connecting. */
        public Builder successRedirectUrl(String url) {
            this.successRedirectUrl = url;
            return this;
        }

        /** {@code failure_redirect_url}: where the user goes when connecting failed. */
        public Builder failureRedirectUrl(String url) {
            this.failureRedirectUrl = url;
            return this;
        }

        /** {@code notify_url}: where Unipile POSTs the account's id and {@code name} once it is connected. */
        public Builder notifyUrl(String url) {
            this.notifyUrl = url;
            return this;
        }

        /** {@code bypass_success_screen}: go straight to the success URL. */
        public Builder bypassSuccessScreen(Boolean bypass) {
            this.bypassSuccessScreen = bypass;
            return this;
        }

        /** Turns a feature off for the account; call once per feature. */
        public Builder disableFeature(AccountFeature feature) {
            disabledFeatures.add(feature);
            return this;
        }

        /** {@code disabled_features}: replaces the features turned off; {@code null} clears them. */
        public Builder disabledFeatures(List<AccountFeature> features) {
            disabledFeatures.clear();
            if (features != null) {
                disabledFeatures.addAll(features);
            }
            return this;
        }

        /** Hides an option of the wizard; call once per option. */
        public Builder disableOption(HostedAuthOption option) {
            disabledOptions.add(option);
            return this;
        }

        /** {@code disabled_options}: replaces the options hidden; {@code null} clears them. */
        public Builder disabledOptions(List<HostedAuthOption> options) {
            disabledOptions.clear();
            if (options != null) {
                disabledOptions.addAll(options);
            }
            return this;
        }

        /** {@code proxy}: the proxy the account goes through. */
        public Builder proxy(AccountProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /** {@code sync_limit.MESSAGING}: how much history a messaging account syncs. */
        public Builder syncLimit(MessagingSyncLimit syncLimit) {
            this.syncLimit = syncLimit;
            return this;
        }

        /** {@code sync_limit.MAILING}: how much history a mail account syncs. */
        public Builder mailSyncLimit(MailSyncLimit mailSyncLimit) {
            this.mailSyncLimit = mailSyncLimit;
            return this;
        }

        /**
         * The request; fails when the type, expiry or API URL is missing, a URL is not absolute http(s), a create
         * link has no providers or names an account, a reconnect link names no account or has providers, or a text
         * is blank.
         */
        public HostedAuthLinkRequest build() {
            return new HostedAuthLinkRequest(this);
        }
    }
}
