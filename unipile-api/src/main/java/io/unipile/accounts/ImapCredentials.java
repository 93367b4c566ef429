package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/**
 * How a mailbox reached over IMAP and SMTP ({@link AccountType#MAIL}) signs in: both servers with their logins.
 * Every field is required; {@link Builder#login(String, String)} sets the same login for both servers.
 * <pre>{@code
 * ImapCredentials.builder()
 *         .imapHost("imap.example.com").imapPort(993).imapEncryption(ImapEncryption.SSL)
 *         .smtpHost("smtp.example.com").smtpPort(465)
 *         .login("jane@example.com", password)
 *         .build();
 * }</pre>
 */
public final class ImapCredentials implements AccountCredentials {
    private final String imapUser;
    private final String imapPassword;
    private final String imapHost;
    private final int imapPort;
    private final ImapEncryption imapEncryption;
    private final String smtpUser;
    private final String smtpPassword;
    private final String smtpHost;
    private final int smtpPort;

    private ImapCredentials(Builder b) {
        this.imapUser = Check.notBlank("imapUser", b.imapUser);
        this.imapPassword = Check.notBlank("imapPassword", b.imapPassword);
        this.imapHost = Check.notBlank("imapHost", b.imapHost);
        this.imapPort = Check.range("imapPort", Check.notNull("imapPort", b.imapPort), 1, 65_535);
        this.imapEncryption = Check.notNull("imapEncryption", b.imapEncryption);
        this.smtpUser = Check.notBlank("smtpUser", b.smtpUser);
        this.smtpPassword = Check.notBlank("smtpPassword", b.smtpPassword);
        this.smtpHost = Check.notBlank("smtpHost", b.smtpHost);
        this.smtpPort = Check.range("smtpPort", Check.notNull("smtpPort", b.smtpPort), 1, 65_535);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of these credentials. */
    public Builder toBuilder() {
        return new Builder().imapUser(imapUser).imapPassword(imapPassword).imapHost(imapHost).imapPort(imapPort)
                .imapEncryption(imapEncryption).smtpUser(smtpUser).smtpPassword(smtpPassword).smtpHost(smtpHost)
                .smtpPort(smtpPort);
    }

    @Override
    public AccountType provider() {
        return AccountType.MAIL;
    }

    /** {@code imap_user}. */
    public String imapUser() {
        return imapUser;
    }

    /** {@code imap_password}. */
    public String imapPassword() {
        return imapPassword;
    }

    /** {@code imap_host}. */
    public String imapHost() {
        return imapHost;
    }

    /** {@code imap_port}. */
    public int imapPort() {
        return imapPort;
    }

    /** {@code imap_encryption}. */
    public ImapEncryption imapEncryption() {
        return imapEncryption;
    }

    /** {@code smtp_user}. */
    public String smtpUser() {
        return smtpUser;
    }

    /** {@code smtp_password}. */
    public String smtpPassword() {
        return smtpPassword;
    }

    /** {@code smtp_host}. */
    public String smtpHost() {
        return smtpHost;
    }

    /** {@code smtp_port}. */
    public int smtpPort() {
        return smtpPort;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImapCredentials c && imapUser.equals(c.imapUser) && imapPassword.equals(c.imapPassword)
                && imapHost.equals(c.imapHost) && imapPort == c.imapPort && imapEncryption.equals(c.imapEncryption)
                && smtpUser.equals(c.smtpUser) && smtpPassword.equals(c.smtpPassword) && smtpHost.equals(c.smtpHost)
                && smtpPort == c.smtpPort;
    }

    @Override
    public int hashCode() {
        return Objects.hash(imapUser, imapPassword, imapHost, imapPort, imapEncryption, smtpUser, smtpPassword,
                smtpHost, smtpPort);
    }

    @Override
    public String toString() {
        return "ImapCredentials[imapUser=" + imapUser + ", imapPassword=" + Redactor.MARK + ", imapHost=" + imapHost
                + ", imapPort=" + imapPort + ", imapEncryption=" + imapEncryption + ", smtpUser=" + smtpUser
                + ", smtpPassword=" + Redactor.MARK + ", smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + "]";
    }

    /** Builds {@link ImapCredentials}; {@link #build()} checks them. */
    public static final class Builder {
        private String imapUser;
        private String imapPassword;
        private String imapHost;
        private Integer imapPort;
        private ImapEncryption imapEncryption;
        private String smtpUser;
        private String smtpPassword;
        private String smtpHost;
        private Integer smtpPort;

        private Builder() {
        }

        /** The same {@code user} and {@code password} for both servers, as most mailboxes have. */
        public Builder login(String user, String password) {
            return imapUser(user).imapPassword(password).smtpUser(user).smtpPassword(password);
        }

        /** {@code imap_user} (required). */
        public Builder imapUser(String imapUser) {
            this.imapUser = imapUser;
            return this;
        }

        /** {@code imap_password} (required). */
        public Builder imapPassword(String imapPassword) {
            this.imapPassword = imapPassword;
            return this;
        }

        /** {@code imap_host} (required). */
        public Builder imapHost(String imapHost) {
            this.imapHost = imapHost;
            return this;
        }

        /** {@code imap_port} (required), 1 to 65535. */
        public Builder imapPort(int imapPort) {
            this.imapPort = imapPort;
            return this;
        }

        /** {@code imap_encryption} (required). */
        public Builder imapEncryption(ImapEncryption imapEncryption) {
            this.imapEncryption = imapEncryption;
            return this;
        }

        /** {@code smtp_user} (required). */
        public Builder smtpUser(String smtpUser) {
            this.smtpUser = smtpUser;
            return this;
        }

        /** {@code smtp_password} (required). */
        public Builder smtpPassword(String smtpPassword) {
            this.smtpPassword = smtpPassword;
            return this;
        }

        /** {@code smtp_host} (required). */
        public Builder smtpHost(String smtpHost) {
            this.smtpHost = smtpHost;
            return this;
        }

        /** {@code smtp_port} (required), 1 to 65535. */
        public Builder smtpPort(int smtpPort) {
            this.smtpPort = smtpPort;
            return this;
        }

        /** The credentials; fails naming a missing or blank field or a port out of range. */
        public ImapCredentials build() {
            return new ImapCredentials(this);
        }
    }
}
