package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * An HTTP header Unipile adds to each delivery of a webhook ({@code headers} item).
 *
 * @param key   the header's name
 * @param value the header's value
 * @param extra fields this version of the library does not know, kept as sent
 */
public record WebhookHeader(
        @JsonProperty("key") String key,
        @JsonProperty("value") String value,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public WebhookHeader {
        extra = Immutables.map(extra);
    }

    /** Shows the name only: such headers usually carry the receiver's shared secret. */
    @Override
    public String toString() {
        return "WebhookHeader[key=" + key + ", value=[REDACTED]" + (extra.isEmpty() ? "" : ", extra=" + extra) + "]";
    }

    /** A header to add to each delivery. */
    public static WebhookHeader of(String key, String value) {
        return new WebhookHeader(key, value, Map.of());
    }
}
