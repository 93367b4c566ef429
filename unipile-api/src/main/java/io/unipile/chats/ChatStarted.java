package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The reply to starting a chat ({@code "object": "ChatStarted"}).
 *
 * @param object    always {@code ChatStarted}
 * @param chatId    the Unipile id of the new chat, or {@code null} when the provider did not tell it yet
 * @param messageId the Unipile id of the first message, or {@code null} when the provider did not tell it yet
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record ChatStarted(
        @JsonProperty("object") String object,
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("message_id") String messageId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ChatStarted {
        extra = Immutables.map(extra);
    }
}
