package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to deleting a webhook ({@code "object": "WebhookDeleted"}); the spec gives it no other field.
 *
 * @param object always {@code WebhookDeleted}
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record WebhookDeleted(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public WebhookDeleted {
        extra = Immutables.map(extra);
    }
}
