package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The provider an account is connected to ({@code type} of an account, {@code account_type} of a chat). */
public final class AccountType extends StringEnum {
    private static final EnumValues<AccountType> VALUES = new EnumValues<>(AccountType::new);

    /** A mobile phone line (messages and calls), identified by its SIM. */
    public static final AccountType MOBILE = VALUES.known("MOBILE");

    /** A mailbox reached over IMAP and SMTP. */
    public static final AccountType MAIL = VALUES.known("MAIL");

    /** A Google account (mail and calendar) connected through OAuth. */
    public static final AccountType GOOGLE_OAUTH = VALUES.known("GOOGLE_OAUTH");

    /** An iCloud mailbox. */
    public static final AccountType ICLOUD = VALUES.known("ICLOUD");

    /** A Microsoft account (mail and calendar) connected through OAuth. */
    public static final AccountType OUTLOOK = VALUES.known("OUTLOOK");

    /** A Google calendar. */
    public static final AccountType GOOGLE_CALENDAR = VALUES.known("GOOGLE_CALENDAR");

    /** WhatsApp. */
    public static final AccountType WHATSAPP = VALUES.known("WHATSAPP");

    /** LinkedIn (classic, Recruiter or Sales Navigator). */
    public static final AccountType LINKEDIN = VALUES.known("LINKEDIN");

    /** Slack. */
    public static final AccountType SLACK = VALUES.known("SLACK");

    /** X (Twitter). */
    public static final AccountType TWITTER = VALUES.known("TWITTER");

    /** A Microsoft Exchange mailbox. */
    public static final AccountType EXCHANGE = VALUES.known("EXCHANGE");

    /** Telegram. */
    public static final AccountType TELEGRAM = VALUES.known("TELEGRAM");

    /** Instagram. */
    public static final AccountType INSTAGRAM = VALUES.known("INSTAGRAM");

    /** Facebook Messenger. */
    public static final AccountType MESSENGER = VALUES.known("MESSENGER");

    private AccountType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountType of(String value) {
        return VALUES.of(value);
    }
}
