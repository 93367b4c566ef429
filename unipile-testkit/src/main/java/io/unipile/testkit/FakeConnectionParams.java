package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An account's {@code connection_params}: one shape per group of {@link AccountType}s, as the
 * OpenAPI document gives them. Nullable components are the ones the document marks optional.
 */
public sealed interface FakeConnectionParams {

    /** The account types whose {@code connection_params} have this shape. */
    Set<AccountType> accountTypes();

    /** {@code MOBILE}: {@code {im: {phone_number, sim_serial_number}, call: {...}}}. */
    record Mobile(String imPhoneNumber, String imSimSerialNumber, String callPhoneNumber,
                  String callSimSerialNumber) implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public Mobile {
            requireAll(imPhoneNumber, imSimSerialNumber, callPhoneNumber, callSimSerialNumber);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.MOBILE);
        }
    }

    /** {@code MAIL}, {@code ICLOUD}, {@code EXCHANGE}: IMAP and SMTP settings. */
    record Imap(String imapHost, int imapPort, String imapUser, String imapEncryption, String smtpHost,
                int smtpPort, String smtpUser) implements FakeConnectionParams {
        private static final Set<String> ENCRYPTIONS = Set.of("tls", "ssl", "starttls", "default");

        /** @param imapEncryption tls, ssl, starttls, default, or null to leave it out */
        public Imap {
            requireAll(imapHost, imapUser, smtpHost, smtpUser);
            if (imapEncryption != null && !ENCRYPTIONS.contains(imapEncryption)) {
                throw new IllegalArgumentException("imapEncryption must be one of " + ENCRYPTIONS);
            }
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.MAIL, AccountType.ICLOUD, AccountType.EXCHANGE);
        }
    }

    /** {@code GOOGLE_OAUTH}, {@code OUTLOOK}: {@code {mail: {id, username}, calendar: {id, username}}}. */
    record OAuth(String mailId, String mailUsername, String calendarId, String calendarUsername)
            implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public OAuth {
            requireAll(mailId, mailUsername, calendarId, calendarUsername);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.GOOGLE_OAUTH, AccountType.OUTLOOK);
        }
    }

    /** {@code GOOGLE_CALENDAR}: {@code {calendar: string}}. */
    record Calendar(String calendar) implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public Calendar {
            requireAll(calendar);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.GOOGLE_CALENDAR);
        }
    }

    /** {@code WHATSAPP}: {@code {im: {phone_number}}}. */
    record Whatsapp(String phoneNumber) implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public Whatsapp {
            requireAll(phoneNumber);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.WHATSAPP);
        }
    }

    /**
     * {@code LINKEDIN}: the member's ids, premium contract and organizations.
     *
     * @param publicIdentifier optional
     * @param premiumId nullable on the wire (sent as null)
     * @param premiumContractId nullable on the wire (sent as null)
     * @param premiumFeatures any of recruiter, sales_navigator, premium
     * @param proxy optional
     */
    record Linkedin(String id, String publicIdentifier, String username, String premiumId,
                    String premiumContractId, List<String> premiumFeatures, List<Organization> organizations,
                    Proxy proxy) implements FakeConnectionParams {
        private static final Set<String> FEATURES = Set.of("recruiter", "sales_navigator", "premium");

        /** Requires the fields the OpenAPI document marks required. */

        public Linkedin {
            requireAll(id, username);
            premiumFeatures = List.copyOf(premiumFeatures);
            organizations = List.copyOf(organizations);
            for (String feature : premiumFeatures) {
                if (!FEATURES.contains(feature)) {
                    throw new IllegalArgumentException("premiumFeatures must be among " + FEATURES);
                }
            }
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.LINKEDIN);
        }

        /** A LinkedIn organization the member can message as. */
        public record Organization(String name, boolean messagingEnabled, String organizationUrn, String mailboxUrn) {
            /** Requires the fields the OpenAPI document marks required. */
            public Organization {
                requireAll(name, organizationUrn, mailboxUrn);
            }
        }

        /**
         * A user-supplied proxy ({@code source} is always USER).
         *
         * @param protocol http, https, socks5, or null to leave it out
         */
        public record Proxy(String host, int port, String protocol, String username, String password) {
            /** Requires the fields the OpenAPI document marks required. */
            public Proxy {
                requireAll(host);
                if (protocol != null && !Set.of("http", "https", "socks5").contains(protocol)) {
                    throw new IllegalArgumentException("protocol must be http, https or socks5");
                }
            }

            @Override
            public String toString() {
                return "Proxy[host=" + host + ", port=" + port + ", protocol=" + protocol + ", username="
                        + username + ", password=" + (password == null ? null : "***") + "]";
            }
        }
    }

    /** {@code SLACK}: {@code {im: {url, user, user_id, team, team_id}}}. */
    record Slack(String url, String user, String userId, String team, String teamId) implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public Slack {
            requireAll(url, user, userId, team, teamId);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.SLACK);
        }
    }

    /** {@code TELEGRAM}: {@code {im: {user_id, username}}}. */
    record Telegram(String userId, String username) implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public Telegram {
            requireAll(userId, username);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.TELEGRAM);
        }
    }

    /** {@code TWITTER}, {@code INSTAGRAM}, {@code MESSENGER}: {@code {im: {id, username}}}. */
    record Profile(String id, String username) implements FakeConnectionParams {
        /** Requires the fields the OpenAPI document marks required. */
        public Profile {
            requireAll(id, username);
        }

        @Override
        public Set<AccountType> accountTypes() {
            return Set.of(AccountType.TWITTER, AccountType.INSTAGRAM, AccountType.MESSENGER);
        }
    }

    /**
     * Plausible parameters for a new account of the given type.
     *
     * @param providerId the account holder's id at the provider, reused where the shape has an id
     * @param handle a short user name, reused for user names and e-mail addresses
     */
    static FakeConnectionParams defaultsFor(AccountType type, String providerId, String handle) {
        String email = handle + "@example.com";
        if (type.equals(AccountType.MOBILE)) {
            return new Mobile("+33600000001", "8933000000000000001", "+33600000001", "8933000000000000001");
        } else if (type.equals(AccountType.MAIL) || type.equals(AccountType.EXCHANGE)) {
            return new Imap("imap.example.com", 993, email, "tls", "smtp.example.com", 587, email);
        } else if (type.equals(AccountType.ICLOUD)) {
            return new Imap("imap.mail.me.com", 993, handle + "@icloud.com", "ssl", "smtp.mail.me.com", 587,
                    handle + "@icloud.com");
        } else if (type.equals(AccountType.GOOGLE_OAUTH) || type.equals(AccountType.OUTLOOK)) {
            return new OAuth(providerId, email, providerId, email);
        } else if (type.equals(AccountType.GOOGLE_CALENDAR)) {
            return new Calendar(email);
        } else if (type.equals(AccountType.WHATSAPP)) {
            return new Whatsapp("33600000002");
        } else if (type.equals(AccountType.LINKEDIN)) {
            return new Linkedin(providerId, handle, handle.toUpperCase(Locale.ROOT), null, null, List.of(),
                    List.of(), null);
        } else if (type.equals(AccountType.SLACK)) {
            return new Slack("https://example.slack.com", handle, providerId, "Example", "T0000EXAMPLE");
        } else if (type.equals(AccountType.TELEGRAM)) {
            return new Telegram(providerId, handle);
        } else if (type.equals(AccountType.TWITTER) || type.equals(AccountType.INSTAGRAM)
                || type.equals(AccountType.MESSENGER)) {
            return new Profile(providerId, handle);
        }
        throw new IllegalArgumentException("The fake does not know the account type " + type);
    }

    private static void requireAll(Object... values) {
        for (Object value : values) {
            Objects.requireNonNull(value, "a required connection parameter is null");
        }
    }
}
