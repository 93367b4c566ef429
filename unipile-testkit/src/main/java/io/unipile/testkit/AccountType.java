package io.unipile.testkit;

/** The fourteen kinds of account Unipile reports, each with its own connection parameters. */
public enum AccountType {
    /** A phone: SMS and calls. */
    MOBILE(false),
    /** An IMAP/SMTP mailbox. */
    MAIL(false),
    /** Gmail and Google Calendar through OAuth. */
    GOOGLE_OAUTH(false),
    /** An iCloud mailbox. */
    ICLOUD(false),
    /** Outlook mail and calendar through OAuth. */
    OUTLOOK(false),
    /** A Google calendar. */
    GOOGLE_CALENDAR(false),
    /** WhatsApp. */
    WHATSAPP(true),
    /** LinkedIn, including Recruiter and Sales Navigator. */
    LINKEDIN(true),
    /** Slack. */
    SLACK(true),
    /** X (Twitter). */
    TWITTER(true),
    /** A Microsoft Exchange mailbox. */
    EXCHANGE(false),
    /** Telegram. */
    TELEGRAM(true),
    /** Instagram. */
    INSTAGRAM(true),
    /** Facebook Messenger. */
    MESSENGER(true);

    private final boolean messaging;

    AccountType(boolean messaging) {
        this.messaging = messaging;
    }

    /**
     * Whether accounts of this type have chats. Unipile's {@code Chat.account_type} admits only
     * these, so the fake refuses chats on the others.
     */
    public boolean isMessaging() {
        return messaging;
    }
}
