package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A webhook payload this version of the library does not type (e-mail, e-mail tracking and new-relation events, and
 * any future kind), kept as sent.
 *
 * @param raw the payload exactly as sent, a JSON object
 */
public record UnknownWebhookEvent(@JsonValue JsonNode raw) implements WebhookEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public UnknownWebhookEvent {
        Objects.requireNonNull(raw, "raw");
        // JsonNode is mutable; a private copy keeps this record immutable.
        raw = raw.deepCopy();
    }

    /** The raw JSON; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    /** The payload's {@code event} as sent, or {@code null} when it has none or it is not a string. */
    public WebhookEventType event() {
        JsonNode event = raw.get("event");
        return event != null && event.isTextual() ? WebhookEventType.of(event.textValue()) : null;
    }
}
