package io.unipile.accounts;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * JSON body of {@code POST /api/v1/accounts} (connect an account natively) and of {@code POST /api/v1/accounts/{id}}
 * (reconnect one): the provider's {@link AccountCredentials} and the options Unipile takes for that provider. Start
 * with {@link #builder(AccountCredentials)}; checked when built, so an option the provider does not take (a proxy
 * for a mailbox, a mail sync limit for LinkedIn) fails before anything is sent. Secrets never appear in
 * {@code toString()}.
 * <pre>{@code
 * ConnectAccountRequest.builder(LinkedInCredentials.basic("jane@example.com", password))
 *         .country("FR")
 *         .syncLimit(MessagingSyncLimit.builder().chats(SyncLimit.count(50)).build())
 *         .build();
 * }</pre>
 */
public final class ConnectAccountRequest {

    // The providers whose body takes each option, as Unipile's OpenAPI document lists them; the others refuse it.
    private static final List<AccountType> PROXY = List.of(AccountType.LINKEDIN, AccountType.WHATSAPP,
            AccountType.INSTAGRAM);
    private static final List<AccountType> USER_AGENT = List.of(AccountType.LINKEDIN, AccountType.INSTAGRAM);
    private static final List<AccountType> RECRUITER_CONTRACT = List.of(AccountType.LINKEDIN);
    private static final List<AccountType> MESSAGING_SYNC_LIMIT = List.of(AccountType.LINKEDIN,
            AccountType.INSTAGRAM, AccountType.MESSENGER);
    private static final List<AccountType> MAIL_SYNC_LIMIT = List.of(AccountType.MAIL, AccountType.GOOGLE_OAUTH,
            AccountType.OUTLOOK);
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    private final AccountCredentials credentials;
    private final String country;
    private final String ip;
    private final List<AccountFeature> disabledFeatures;
    private final AccountProxy proxy;
    private final String userAgent;
    private final String recruiterContractId;
    private final MessagingSyncLimit syncLimit;
    private final MailSyncLimit mailSyncLimit;

    private ConnectAccountRequest(Builder b) {
        this.credentials = Check.notNull("credentials", b.credentials);
        this.country = checkCountry(b.country);
        this.ip = checkIp(b.ip);
        this.disabledFeatures = Check.noNullElements("disabledFeatures", b.disabledFeatures);
        AccountType provider = credentials.provider();
        this.proxy = accepted("proxy", b.proxy, PROXY, provider);
        this.userAgent = accepted("userAgent", Check.nullOrNotBlank("userAgent", b.userAgent), USER_AGENT, provider);
        this.recruiterContractId = accepted("recruiterContractId",
                Check.nullOrNotBlank("recruiterContractId", b.recruiterContractId), RECRUITER_CONTRACT, provider);
        this.syncLimit = accepted("syncLimit", b.syncLimit, MESSAGING_SYNC_LIMIT, provider);
        this.mailSyncLimit = accepted("mailSyncLimit", b.mailSyncLimit, MAIL_SYNC_LIMIT, provider);
    }

    /** A request to connect with these credentials, without options. */
    public static ConnectAccountRequest of(AccountCredentials credentials) {
        return builder(credentials).build();
    }

    /** Starts a request with these credentials. */
    public static Builder builder(AccountCredentials credentials) {
        return new Builder().credentials(credentials);
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().credentials(credentials).country(country).ip(ip).disabledFeatures(disabledFeatures)
                .proxy(proxy).userAgent(userAgent).recruiterContractId(recruiterContractId).syncLimit(syncLimit)
                .mailSyncLimit(mailSyncLimit);
    }

    /** The credentials, which also say the {@code provider}. */
    public AccountCredentials credentials() {
        return credentials;
    }

    /** {@code provider}: the provider of the credentials. */
    public AccountType provider() {
        return credentials.provider();
    }

    /** {@code country}: an ISO 3166-1 alpha-2 code for the proxy's location, or {@code null}. */
    public String country() {
        return country;
    }

    /** {@code ip}: an IPv4 address to infer the proxy's location from, or {@code null}. */
    public String ip() {
        return ip;
    }

    /** {@code disabled_features}: features to turn off for the account; empty for none. Immutable. */
    public List<AccountFeature> disabledFeatures() {
        return disabledFeatures;
    }

    /** {@code proxy} (LinkedIn, WhatsApp, Instagram), or {@code null}. */
    public AccountProxy proxy() {
        return proxy;
    }

    /** {@code user_agent} (LinkedIn, Instagram), or {@code null}. */
    public String userAgent() {
        return userAgent;
    }

    /** {@code recruiter_contract_id} (LinkedIn), or {@code null}. */
    public String recruiterContractId() {
        return recruiterContractId;
    }

    /** {@code sync_limit} of a messaging account (LinkedIn, Instagram, Messenger), or {@code null}. */
    public MessagingSyncLimit syncLimit() {
        return syncLimit;
    }

    /** {@code sync_limit} of a mail account (IMAP, Google, Microsoft), or {@code null}. */
    public MailSyncLimit mailSyncLimit() {
        return mailSyncLimit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectAccountRequest r && credentials.equals(r.credentials)
                && Objects.equals(country, r.country) && Objects.equals(ip, r.ip)
                && disabledFeatures.equals(r.disabledFeatures) && Objects.equals(proxy, r.proxy)
                && Objects.equals(userAgent, r.userAgent) && Objects.equals(recruiterContractId, r.recruiterContractId)
                && Objects.equals(syncLimit, r.syncLimit) && Objects.equals(mailSyncLimit, r.mailSyncLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(credentials, country, ip, disabledFeatures, proxy, userAgent, recruiterContractId,
                syncLimit, mailSyncLimit);
    }

    /** Every field, with the credentials' and the proxy's secrets redacted. */
    @Override
    public String toString() {
        return "ConnectAccountRequest[credentials=" + credentials + ", country=" + country + ", ip=" + ip
                + ", disabledFeatures=" + disabledFeatures + ", proxy=" + proxy + ", userAgent=" + userAgent
                + ", recruiterContractId=" + recruiterContractId + ", syncLimit=" + syncLimit + ", mailSyncLimit="
                + mailSyncLimit + "]";
    }

    private static <T> T accepted(String field, T value, List<AccountType> providers, AccountType provider) {
        if (value != null && !providers.contains(provider)) {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < providers.size(); i++) {
                names.append(i == 0 ? "" : i == providers.size() - 1 ? " and " : ", ").append(providers.get(i));
            }
            throw new IllegalArgumentException(field + " is not taken for " + provider + " accounts, only for "
                    + names);
        }
        return value;
    }

    private static String checkCountry(String country) {
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as FR but was '"
                    + country + "'");
        }
        return country;
    }

    private static String checkIp(String ip) {
        if (ip != null && !IPV4.matcher(ip).matches()) {
            throw new IllegalArgumentException("ip must be an IPv4 address such as 192.0.2.1 but was '" + ip + "'");
        }
        return ip;
    }

    /** Builds a {@link ConnectAccountRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private AccountCredentials credentials;
        private String country;
        private String ip;
        private final List<AccountFeature> disabledFeatures = new ArrayList<>();
        private AccountProxy proxy;
        private String userAgent;
        private String recruiterContractId;
        private MessagingSyncLimit syncLimit;
        private MailSyncLimit mailSyncLimit;

        private Builder() {
        }

        /** The credentials (required); they decide the {@code provider} and which options are taken. */
        public Builder credentials(AccountCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** {@code country}: an ISO 3166-1 alpha-2 code (e.g. {@code FR}) for the proxy's location. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** {@code ip}: an IPv4 address to infer the proxy's location from. */
        public Builder ip(String ip) {
            this.ip = ip;
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

        /** {@code proxy}: LinkedIn, WhatsApp and Instagram only. */
        public Builder proxy(AccountProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * {@code user_agent}: LinkedIn and Instagram only; the exact user agent of the browser the account was
         * signed in with, if it keeps being disconnected.
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** {@code recruiter_contract_id}: LinkedIn only; the Recruiter contract to use. */
        public Builder recruiterContractId(String recruiterContractId) {
            this.recruiterContractId = recruiterContractId;
            return this;
        }

        /** {@code sync_limit} of a messaging account: LinkedIn, Instagram and Messenger only. */
        public Builder syncLimit(MessagingSyncLimit syncLimit) {
            this.syncLimit = syncLimit;
            return this;
        }

        /** {@code sync_limit} of a mail account: IMAP, Google and Microsoft only. */
        public Builder mailSyncLimit(MailSyncLimit mailSyncLimit) {
            this.mailSyncLimit = mailSyncLimit;
            return this;
        }

        /**
         * The request; fails when the credentials are missing, the country or IP is malformed, a disabled feature is
         * null, a text option is blank, or an option is set that the provider does not take.
         */
        public ConnectAccountRequest build() {
            return new ConnectAccountRequest(this);
        }
    }
}
