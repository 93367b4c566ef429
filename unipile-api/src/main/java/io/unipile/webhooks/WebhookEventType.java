package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * An event a webhook fires on: the {@code events} of a webhook, and the {@code event} of a messaging payload. Which
 * events apply depends on the webhook's {@link WebhookSource}; the account-status names are lower-case here, unlike
 * the {@link AccountStatusMessage} the payload then carries.
 */
public final class WebhookEventType extends StringEnum {
    private static final EnumValues<WebhookEventType> VALUES = new EnumValues<>(WebhookEventType::new);

    /** Messaging: a message was received or sent. */
    public static final WebhookEventType MESSAGE_RECEIVED = VALUES.known("message_received");

    /** Messaging: a message was read. */
    public static final WebhookEventType MESSAGE_READ = VALUES.known("message_read");

    /** Messaging: someone reacted to a message. */
    public static final WebhookEventType MESSAGE_REACTION = VALUES.known("message_reaction");

    /** Messaging: a message was edited. */
    public static final WebhookEventType MESSAGE_EDITED = VALUES.known("message_edited");

    /** Messaging: a message was deleted. */
    public static final WebhookEventType MESSAGE_DELETED = VALUES.known("message_deleted");

    /** Messaging: a message was delivered. */
    public static final WebhookEventType MESSAGE_DELIVERED = VALUES.known("message_delivered");

    /** Users: the account has a new relation. */
    public static final WebhookEventType NEW_RELATION = VALUES.known("new_relation");

    /** E-mail: an e-mail was sent. */
    public static final WebhookEventType MAIL_SENT = VALUES.known("mail_sent");

    /** E-mail: an e-mail was received. */
    public static final WebhookEventType MAIL_RECEIVED = VALUES.known("mail_received");

    /** E-mail: an e-mail was moved to another folder. */
    public static final WebhookEventType MAIL_MOVED = VALUES.known("mail_moved");

    /** E-mail tracking: a tracked e-mail was opened. */
    public static final WebhookEventType MAIL_OPENED = VALUES.known("mail_opened");

    /** E-mail tracking: a link of a tracked e-mail was clicked. */
    public static final WebhookEventType MAIL_LINK_CLICKED = VALUES.known("mail_link_clicked");

    /** Account status: an account was added. */
    public static final WebhookEventType CREATION_SUCCESS = VALUES.known("creation_success");

    /** Account status: adding an account failed. */
    public static final WebhookEventType CREATION_FAIL = VALUES.known("creation_fail");

    /** Account status: an account was deleted. */
    public static final WebhookEventType DELETED = VALUES.known("deleted");

    /** Account status: an account was reconnected. */
    public static final WebhookEventType RECONNECTED = VALUES.known("reconnected");

    /** Account status: the synchronisation of an account's history finished. */
    public static final WebhookEventType SYNC_SUCCESS = VALUES.known("sync_success");

    /** Account status: an account's synchronisation stopped. */
    public static final WebhookEventType STOPPED = VALUES.known("stopped");

    /** Account status: an account runs normally. */
    public static final WebhookEventType OK = VALUES.known("ok");

    /** Account status: an account is connecting. */
    public static final WebhookEventType CONNECTING = VALUES.known("connecting");

    /** Account status: an account's synchronisation failed. */
    public static final WebhookEventType ERROR = VALUES.known("error");

    /** Account status: an account needs new credentials. */
    public static final WebhookEventType CREDENTIALS = VALUES.known("credentials");

    /** Account status: an account lacks permissions. */
    public static final WebhookEventType PERMISSIONS = VALUES.known("permissions");

    private WebhookEventType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WebhookEventType of(String value) {
        return VALUES.of(value);
    }
}
