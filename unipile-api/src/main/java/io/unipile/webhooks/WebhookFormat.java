package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How a webhook encodes what it delivers ({@code format}). */
public final class WebhookFormat extends StringEnum {
    private static final EnumValues<WebhookFormat> VALUES = new EnumValues<>(WebhookFormat::new);

    /** A JSON body, which {@link WebhookEvents} parses. */
    public static final WebhookFormat JSON = VALUES.known("json");

    /** A form-encoded body. */
    public static final WebhookFormat FORM = VALUES.known("form");

    private WebhookFormat(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WebhookFormat of(String value) {
        return VALUES.of(value);
    }
}
