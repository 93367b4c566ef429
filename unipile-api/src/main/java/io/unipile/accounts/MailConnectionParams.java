package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a mailbox reached over IMAP and SMTP: {@link AccountType#MAIL}, {@link AccountType#ICLOUD} and
 * {@link AccountType#EXCHANGE} accounts, which share this shape.
 *
 * @param mail  the mail servers
 * @param extra fields this version of the library does not know, kept as sent
 */
public record MailConnectionParams(
        @JsonProperty("mail") Servers mail,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public MailConnectionParams {
        extra = Immutables.map(extra);
    }

    /**
     * The IMAP and SMTP servers of a mailbox.
     *
     * @param imapHost       the IMAP host name
     * @param imapPort       the IMAP port
     * @param imapUser       the IMAP user name
     * @param imapEncryption how the IMAP connection is secured, or {@code null} when not told
     * @param smtpHost       the SMTP host name
     * @param smtpPort       the SMTP port
     * @param smtpUser       the SMTP user name
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record Servers(
            @JsonProperty("imap_host") String imapHost,
            @JsonProperty("imap_port") int imapPort,
            @JsonProperty("imap_user") String imapUser,
            @JsonProperty("imap_encryption") ImapEncryption imapEncryption,
            @JsonProperty("smtp_host") String smtpHost,
            @JsonProperty("smtp_port") int smtpPort,
            @JsonProperty("smtp_user") String smtpUser,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Servers {
            extra = Immutables.map(extra);
        }
    }
}
