package io.unipile.testkit;

/** The fourteen kinds of account Unipile reports, each with its own connection parameters. */
public enum AccountType {
    MOBILE(false),
    MAIL(false),
    GOOGLE_OAUTH(false),
    ICLOUD(false),
    OUTLOOK(false),
    GOOGLE_CALENDAR(false),
    WHATSAPP(true),
    LINKEDIN(true),
    SLACK(true),
    TWITTER(true),
    EXCHANGE(false),
    TELEGRAM(true),
    INSTAGRAM(true),
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
