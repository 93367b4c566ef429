package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The kind of data a webhook delivers ({@code source} of {@code POST /api/v1/webhooks}). */
public final class WebhookSource extends StringEnum {
    private static final EnumValues<WebhookSource> VALUES = new EnumValues<>(WebhookSource::new);

    /** Messages of chats: {@link MessagingEvent}. */
    public static final WebhookSource MESSAGING = VALUES.known("messaging");

    /** New relations of an account. */
    public static final WebhookSource USERS = VALUES.known("users");

    /** Changes of an account's status: {@link AccountStatusEvent}. */
    public static final WebhookSource ACCOUNT_STATUS = VALUES.known("account_status");

    /** E-mails sent, received or moved. */
    public static final WebhookSource EMAIL = VALUES.known("email");

    /** Opens of tracked e-mails and clicks on their links. */
    public static final WebhookSource EMAIL_TRACKING = VALUES.known("email_tracking");

    private WebhookSource(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WebhookSource of(String value) {
        return VALUES.of(value);
    }
}
