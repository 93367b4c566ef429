package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A reaction to a message.
 *
 * @param value    the reaction, usually an emoji
 * @param senderId the provider id of who reacted
 * @param isSender whether the account itself reacted
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record Reaction(
        @JsonProperty("value") String value,
        @JsonProperty("sender_id") String senderId,
        @JsonProperty("is_sender") boolean isSender,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Reaction {
        extra = Immutables.map(extra);
    }
}
