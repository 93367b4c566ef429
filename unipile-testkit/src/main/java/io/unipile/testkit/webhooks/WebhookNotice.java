package io.unipile.testkit.webhooks;

import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.testkit.emails.FakeFolder;

import io.unipile.accounts.AccountType;
import io.unipile.webhooks.AccountStatusMessage;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookSource;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Something that happened in the fake that webhooks of a source may be told about: a snapshot taken under the
 * state's lock.
 */
public sealed interface WebhookNotice {

    /** The source of the webhooks that hear of it. */
    WebhookSource source();

    /** The event webhooks subscribe to. */
    WebhookEventType event();

    /** The account it happened to. */
    String accountId();

    /**
     * A messaging event: a message arrived or was sent, read, delivered, edited, deleted, or reacted to.
     *
     * @param at when it happened
     * @param message the message as it now is
     * @param quoted the message it quotes, or null
     * @param sender who sent the message
     * @param attendees everyone in the chat, the holder last
     * @param reaction the reaction, for {@code message_reaction}; else null
     * @param reactionSender who reacted, for {@code message_reaction}; else null
     */
    record Messaging(WebhookEventType event, Instant at, AccountType accountType, FakeChat chat, FakeMessage message,
                     FakeMessage quoted, FakeAttendee sender, List<FakeAttendee> attendees, String reaction,
                     FakeAttendee reactionSender) implements WebhookNotice {
        @Override
        public WebhookSource source() {
            return WebhookSource.MESSAGING;
        }

        @Override
        public String accountId() {
            return chat.accountId();
        }
    }

    /**
     * A LinkedIn account has a new relation: an invitation it sent was accepted, or it accepted one.
     *
     * @param at when
     * @param accountType the account's type
     * @param relation the new relation
     */
    record NewRelation(String accountId, AccountType accountType, Instant at, FakeUserProfile relation)
            implements WebhookNotice {
        @Override
        public WebhookSource source() {
            return WebhookSource.USERS;
        }

        @Override
        public WebhookEventType event() {
            return WebhookEventType.NEW_RELATION;
        }
    }

    /** An account's status changed; webhooks subscribe to its lower-case name. */
    record AccountStatus(String accountId, AccountType accountType, AccountStatusMessage status)
            implements WebhookNotice {
        @Override
        public WebhookSource source() {
            return WebhookSource.ACCOUNT_STATUS;
        }

        @Override
        public WebhookEventType event() {
            return WebhookEventType.of(status.value().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * An {@code email} event: an e-mail was received, sent or moved.
     *
     * @param email the e-mail as it now is
     * @param folders the folders of its mailbox, for its role
     */
    record Email(WebhookEventType event, FakeEmail email, List<FakeFolder> folders) implements WebhookNotice {
        @Override
        public WebhookSource source() {
            return WebhookSource.EMAIL;
        }

        @Override
        public String accountId() {
            return email.accountId();
        }
    }

    /**
     * An {@code email_tracking} event: a tracked e-mail was opened or one of its links clicked.
     *
     * @param email the tracked e-mail
     * @param at when
     * @param eventId the event's id
     * @param ip the reader's address
     * @param userAgent the reader's user agent
     * @param url the clicked link, or null for an open
     */
    record EmailTracking(WebhookEventType event, FakeEmail email, Instant at, String eventId, String ip,
                         String userAgent, String url) implements WebhookNotice {
        @Override
        public WebhookSource source() {
            return WebhookSource.EMAIL_TRACKING;
        }

        @Override
        public String accountId() {
            return email.accountId();
        }
    }
}
