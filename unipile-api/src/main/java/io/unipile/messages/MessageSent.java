package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to sending a message ({@code "object": "MessageSent"}).
 *
 * @param object    always {@code MessageSent}
 * @param messageId the Unipile id of the new message, or {@code null} when the provider did not tell it yet
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record MessageSent(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "message_id", required = true) String messageId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public MessageSent {
        extra = Immutables.map(extra);
    }
}
