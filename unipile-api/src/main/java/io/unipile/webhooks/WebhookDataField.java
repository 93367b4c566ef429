package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A renamed field of a webhook's payload ({@code data} item): Unipile sends the field {@code key} under
 * {@code name}. {@link WebhookEvents} only knows the default names, so a renamed field lands in an event's
 * {@code extra}.
 *
 * @param name  the name the field is sent under
 * @param key   the field's default name, such as {@code message_id}; the values depend on the webhook's source
 * @param extra fields this version of the library does not know, kept as sent
 */
public record WebhookDataField(
        @JsonProperty("name") String name,
        @JsonProperty("key") String key,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public WebhookDataField {
        extra = Immutables.map(extra);
    }

    /** Delivers the payload field {@code key} under the name {@code name}. */
    public static WebhookDataField of(String name, String key) {
        return new WebhookDataField(name, key, Map.of());
    }
}
