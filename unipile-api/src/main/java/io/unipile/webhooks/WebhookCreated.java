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
 * The reply to creating a webhook ({@code "object": "WebhookCreated"}).
 *
 * @param object    always {@code WebhookCreated}
 * @param webhookId the id of the new webhook, to delete it later
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record WebhookCreated(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "webhook_id", required = true) String webhookId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public WebhookCreated {
        extra = Immutables.map(extra);
    }
}
