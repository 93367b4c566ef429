package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How a webhook was made ({@code type} of a {@link Webhook}); the spec does not describe the values. */
public final class WebhookType extends StringEnum {
    private static final EnumValues<WebhookType> VALUES = new EnumValues<>(WebhookType::new);

    /** A webhook without a trigger. */
    public static final WebhookType AUTO = VALUES.known("AUTO");

    /** A webhook that carries a {@link Webhook.Trigger}. */
    public static final WebhookType TRIGGER = VALUES.known("TRIGGER");

    private WebhookType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WebhookType of(String value) {
        return VALUES.of(value);
    }
}
